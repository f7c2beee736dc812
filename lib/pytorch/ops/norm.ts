import { record } from '../autograd';
import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { numelOf } from '../tensor';
import { reduction } from './reduce';

/**
 * `x.norm(dim=None, keepdim=False)`: the 2-norm sqrt(sum(x²)) over `dims` (all when null),
 * accumulated in double and rounded once. The gradient is x / norm (0 where the norm is 0):
 * NormBackward0 over all elements, NormBackward1 over dims.
 */
export function norm2(rt: Runtime, t: Tensor, dims: number[] | null, keepdim: boolean): Tensor {
  if (!isFloating(t.dtype))
    throw runtimeError(
      `linalg.vector_norm: Expected a floating point or complex tensor as input. Got ${scalarTypeName(t.dtype)}`,
    );
  const { outShape, target } = reduction(t.shape, dims, keepdim);
  const acc = new Float64Array(numelOf(outShape));
  const v = t.values();
  v.forEach((x, i) => (acc[target[i]] += x * x));
  const out = rt.fromValues(acc.map(Math.sqrt), outShape, t.dtype);
  const ov = out.values();
  return record(
    rt,
    dims === null ? 'NormBackward0' : 'NormBackward1',
    [t],
    out,
    (g) => [
      Float64Array.from(v, (x, i) =>
        ov[target[i]] === 0 ? 0 : (g[target[i]] * x) / ov[target[i]],
      ),
    ],
    [t, out],
  );
}

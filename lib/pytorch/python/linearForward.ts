import { runtimeError, typeError } from '../errors';
import { addmm } from '../ops/addmm';
import { ADD, binary } from '../ops/pointwise';
import { t2, view } from '../ops/views';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import { binop } from './operators';
import type { PyValue } from './values';
import { typeName } from './values';

/** ATen's argument check: `linear(): argument 'input' (position 1) must be Tensor, not list`. */
export function tensorArg(fn: string, name: string, position: number, v: PyValue): Tensor {
  if (v instanceof Tensor) return v;
  throw typeError(
    `${fn}(): argument '${name}' (position ${position}) must be Tensor, not ${v === null ? 'NoneType' : typeName(v)}`,
  );
}

/**
 * `F.linear(x, W, b)` as `at::linear` runs it in PyTorch 1.13: a 2-D input with
 * a bias is `addmm(b, x, Wᵀ)` (AddmmBackward0); a contiguous 3-D input with a
 * bias is the same addmm on x viewed as 2-D, viewed back (ViewBackward0);
 * anything else is `x.matmul(Wᵀ)` then `+ b` (AddBackward0).
 */
export function linear(rt: Runtime, x: Tensor, w: Tensor, b: Tensor | null): Tensor {
  if (x.dtype !== w.dtype) throw runtimeError('mat1 and mat2 must have the same dtype');
  const wT = t2(rt, w);
  if (b && x.shape.length === 2) return addmm(rt, b, x, wT);
  if (b && x.shape.length === 3 && x.isContiguous()) {
    const [n0, n1, k] = x.shape;
    const flat = addmm(rt, b, view(rt, x, [n0 * n1, k]), wT);
    return view(rt, flat, [n0, n1, flat.shape[1]]);
  }
  const y = binop(rt, '@', x, wT) as Tensor;
  return b ? binary(rt, ADD, y, b) : y;
}

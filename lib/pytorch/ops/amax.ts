import { record } from '../autograd';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { numelOf } from '../tensor';
import { reduction } from './reduce';

/**
 * `x.amax(dim=(), keepdim=False)` / `x.amin(...)`: the largest (smallest) value over `dims`
 * (all dims when empty); NaN wins. The gradient is shared evenly among the tied extremes
 * (AmaxBackward0 / AminBackward0).
 */
export function amaxAmin(
  rt: Runtime,
  t: Tensor,
  dims: number[],
  keepdim: boolean,
  which: 'amax' | 'amin',
): Tensor {
  const { outShape, target } = reduction(t.shape, dims.length === 0 ? null : dims, keepdim);
  const outSize = numelOf(outShape);
  const reduced = t.numel() / Math.max(outSize, 1);
  if (reduced === 0 && t.numel() === 0 && outSize > 0)
    throw runtimeError(`${which}(): Expected reduction dim to have non-zero size.`);
  const v = t.values();
  const best = new Float64Array(outSize).fill(which === 'amax' ? -Infinity : Infinity);
  const better = (a: number, b: number) =>
    Number.isNaN(a) || (!Number.isNaN(b) && (which === 'amax' ? a > b : a < b));
  v.forEach((x, i) => {
    if (better(x, best[target[i]])) best[target[i]] = x;
  });
  const out = rt.fromValues(best, outShape, t.dtype);
  const name = which === 'amax' ? 'AmaxBackward0' : 'AminBackward0';
  return record(
    rt,
    name,
    [t],
    out,
    (g) => {
      const ties = new Float64Array(outSize);
      v.forEach((x, i) => {
        if (Object.is(x, best[target[i]]) || x === best[target[i]]) ties[target[i]]++;
      });
      return [
        Float64Array.from(v, (x, i) =>
          x === best[target[i]] || Object.is(x, best[target[i]])
            ? g[target[i]] / ties[target[i]]
            : 0,
        ),
      ];
    },
    [t, out],
  );
}

import { record } from '../autograd';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';

/**
 * `x.median()` over all elements: the lower of the two middle values (PyTorch does not
 * average them), NaN if any element is NaN; MedianBackward0 sends the gradient to the first
 * element holding that value.
 */
export function median(rt: Runtime, t: Tensor): Tensor {
  const v = t.values();
  if (v.length === 0) throw runtimeError('median() input tensor cannot be empty');
  const nanAt = v.findIndex((x) => Number.isNaN(x));
  const order = Array.from(v.keys()).sort((i, j) => v[i] - v[j] || i - j);
  const at = nanAt >= 0 ? nanAt : order[Math.floor((v.length - 1) / 2)];
  const out = rt.fromValues([v[at]], [], t.dtype);
  return record(
    rt,
    'MedianBackward0',
    [t],
    out,
    (g) => {
      const gx = new Float64Array(v.length);
      gx[v.indexOf(v[at]) >= 0 && nanAt < 0 ? v.indexOf(v[at]) : at] = g[0];
      return [gx];
    },
    [t, out],
  );
}

import { record } from '../autograd';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { amaxAmin } from './amax';
import { binary, ADD, SUB, UNARY, unary } from './pointwise';
import { sum } from './reduce';
import { squeeze } from './views';

/**
 * `torch.logsumexp(x, dim, keepdim=False)` as ATen 1.13 composes it: maxes = amax(x, dim,
 * keepdim=True) (an infinite max taken as 0), then log(sum(exp(x - maxes))) + maxes, each step
 * in the tensor's dtype. One LogsumexpBackward0 node: the gradient is softmax(x) along dim.
 */
export function logsumexp(rt: Runtime, x: Tensor, dims: number[], keepdim: boolean): Tensor {
  const wasEnabled = rt.gradEnabled;
  rt.gradEnabled = false;
  let out: Tensor;
  try {
    const rawMax = amaxAmin(rt, x, dims, true, 'amax');
    const maxes = rt.fromValues(
      rawMax.values().map((m) => (Number.isFinite(m) ? m : 0)),
      rawMax.shape.slice(),
      rawMax.dtype,
    );
    const shifted = unary(rt, UNARY.exp, binary(rt, SUB, x, maxes));
    const logged = unary(rt, UNARY.log, sum(rt, shifted, dims, keepdim));
    let m = maxes;
    if (!keepdim)
      for (const d of [...dims].map((k) => (k < 0 ? k + x.shape.length : k)).sort((a, b) => b - a))
        m = squeeze(rt, m, d);
    out = binary(rt, ADD, logged, m);
  } finally {
    rt.gradEnabled = wasEnabled;
  }
  const result = out;
  const xv = x.values();
  return record(
    rt,
    'LogsumexpBackward0',
    [x],
    result,
    (g) => {
      // Broadcast each output's gradient and value back over the reduced dims.
      const kept = x.shape.map((n, i) =>
        dims.some((d) => (d < 0 ? d + x.shape.length : d) === i) ? 1 : n,
      );
      const strides = kept.map((_, i) => kept.slice(i + 1).reduce((a, b) => a * b, 1));
      const rv = result.values();
      return [
        Float64Array.from(xv, (v, flat) => {
          let o = 0;
          let rem = flat;
          for (let i = x.shape.length - 1; i >= 0; i--) {
            const pos = rem % x.shape[i];
            rem = Math.floor(rem / x.shape[i]);
            if (kept[i] !== 1) o += pos * strides[i];
          }
          return g[o] * Math.exp(v - rv[o]);
        }),
      ];
    },
    [x, result],
  );
}

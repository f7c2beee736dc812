import { record } from '../autograd';
import { isFloating } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';

/** `x.trace()` of a matrix (TraceBackward0): the diagonal's sum; its gradient is g on the diagonal. */
export function trace(rt: Runtime, t: Tensor): Tensor {
  if (t.shape.length !== 2)
    throw runtimeError('trace: expected a matrix, but got tensor with dim ' + t.shape.length);
  const [n, m] = t.shape;
  const diag = Array.from({ length: Math.min(n, m) }, (_, i) => i * m + i);
  if (!isFloating(t.dtype)) {
    const ex = t.exactValues();
    return rt.fromExact([diag.reduce((s, i) => s + ex[i], 0n)], [], 'int64');
  }
  const v = t.values();
  const out = rt.fromValues([diag.reduce((s, i) => s + v[i], 0)], [], t.dtype);
  return record(rt, 'TraceBackward0', [t], out, (g) => {
    const res = new Float64Array(n * m);
    for (const i of diag) res[i] = g[0];
    return [res];
  });
}

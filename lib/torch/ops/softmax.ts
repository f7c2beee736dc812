import { record } from '../autograd';
import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { numelOf } from '../tensor';
import { wrapDim } from './views';

/**
 * `x.softmax(dim)` (SoftmaxBackward0: s ⊙ (g - Σ g s)) and `x.log_softmax(dim)`
 * (LogSoftmaxBackward0: g - exp(out) Σ g), max-shifted along `dim`.
 */
export function softmax(rt: Runtime, t: Tensor, dim: number, log: boolean): Tensor {
  const d = wrapDim(dim, t.shape.length);
  if (!isFloating(t.dtype)) {
    const kernel = `${log ? 'log_softmax' : 'softmax'}${d === t.shape.length - 1 || t.shape.length === 0 ? '_lastdim' : ''}_kernel_impl`;
    throw runtimeError(`"${kernel}" not implemented for '${scalarTypeName(t.dtype)}'`);
  }
  const size = t.shape.length ? t.shape[d] : 1;
  const inner = numelOf(t.shape.slice(d + 1));
  const outer = numelOf(t.shape.slice(0, d));
  const v = t.values();
  const res = new Float64Array(v.length);
  const lanes = (f: (idx: number[]) => void) => {
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) f(Array.from({ length: size }, (_, k) => (o * size + k) * inner + i));
    }
  };
  lanes((idx) => {
    const max = Math.max(...idx.map((k) => v[k]));
    const sum = idx.reduce((s, k) => s + Math.exp(v[k] - max), 0);
    for (const k of idx) res[k] = log ? v[k] - max - Math.log(sum) : Math.exp(v[k] - max) / sum;
  });
  const out = rt.fromValues(res, t.shape, t.dtype);
  return record(rt, log ? 'LogSoftmaxBackward0' : 'SoftmaxBackward0', [t], out, (g) => {
    const o = out.values();
    const gi = new Float64Array(g.length);
    lanes((idx) => {
      const s = idx.reduce((acc, k) => acc + (log ? g[k] : g[k] * o[k]), 0);
      for (const k of idx) gi[k] = log ? g[k] - Math.exp(o[k]) * s : o[k] * (g[k] - s);
    });
    return [gi];
  }, [out]);
}

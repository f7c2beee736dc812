import { record } from '../autograd';
import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { wrapDim } from './views';

/** Calls `visit(indices)` once per slice along `dim`, with the flat indices of that slice. */
function eachSlice(shape: readonly number[], dim: number, visit: (idx: number[]) => void): void {
  const size = shape.length === 0 ? 1 : shape[dim];
  const inner = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
  const outer = shape.slice(0, dim).reduce((a, b) => a * b, 1);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++)
      visit(Array.from({ length: size }, (_, k) => (o * size + k) * inner + i));
  }
}

/** `_get_softmax_dim`: the dim F.softmax picks when none is given (0 for 0-, 1- and 3-D input, else 1). */
export function implicitSoftmaxDim(ndim: number): number {
  return ndim === 0 || ndim === 1 || ndim === 3 ? 0 : 1;
}

/** ATen names the kernel `_lastdim` when the reduced dim is the last (or the tensor is 0-d). */
function checkFloating(t: Tensor, name: string, dim: number): void {
  if (isFloating(t.dtype)) return;
  const lastdim = dim === t.shape.length - 1 || t.shape.length === 0 ? '_lastdim' : '';
  throw runtimeError(
    `"${name}${lastdim}_kernel_impl" not implemented for '${scalarTypeName(t.dtype)}'`,
  );
}

/**
 * `softmax(x, dim)` = exp(x − max) / Σ exp(x − max) along `dim` (SoftmaxBackward0:
 * dx = y (g − Σ g y)), or `log_softmax` = x − max − log Σ exp(x − max)
 * (LogSoftmaxBackward0: dx = g − exp(y) Σ g).
 */
export function softmax(rt: Runtime, x: Tensor, dimArg: number, log: boolean): Tensor {
  const dim = wrapDim(dimArg, x.shape.length);
  checkFloating(x, log ? 'log_softmax' : 'softmax', dim);
  const v = x.values();
  const out = new Float64Array(v.length);
  eachSlice(x.shape, dim, (idx) => {
    const max = Math.max(...idx.map((i) => v[i]));
    const total = idx.reduce((s, i) => s + Math.exp(v[i] - max), 0);
    for (const i of idx) out[i] = log ? v[i] - max - Math.log(total) : Math.exp(v[i] - max) / total;
  });
  const y = rt.fromValues(out, x.shape, x.dtype);
  return record(
    rt,
    log ? 'LogSoftmaxBackward0' : 'SoftmaxBackward0',
    [x],
    y,
    (g) => {
      // ATen's backward kernels work in the tensor's dtype: emulate float32's roundings.
      const f = x.dtype === 'float32' ? Math.fround : (v: number) => v;
      const yv = y.values();
      const gx = new Float64Array(g.length);
      eachSlice(x.shape, dim, (idx) => {
        if (log) {
          const sg = idx.reduce((s, i) => f(s + g[i]), 0);
          for (const i of idx) gx[i] = g[i] - f(f(Math.exp(yv[i])) * sg);
        } else {
          const dot = idx.reduce((s, i) => f(s + f(g[i] * yv[i])), 0);
          for (const i of idx) gx[i] = yv[i] * f(g[i] - dot);
        }
      });
      return [gx];
    },
    [y],
  );
}

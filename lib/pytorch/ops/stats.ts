import { record } from '../autograd';
import { isFloating } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { numelOf } from '../tensor';
import { reduction } from './reduce';

/** Per output element: the row-major indices of the inputs reduced into it. */
function groups(target: Int32Array, n: number): number[][] {
  const out = Array.from({ length: n }, () => [] as number[]);
  target.forEach((j, i) => out[j].push(i));
  return out;
}

/**
 * `x.var(dim, unbiased, keepdim)` / `x.std(...)`: Σ(x - mean)² / (N - correction),
 * correction 1 when unbiased (or given as `correction=`). VarBackward0: 2 (x - mean) / (N - c) · g;
 * StdBackward0: (x - mean) / ((N - c) · std) · g.
 */
export function variance(
  rt: Runtime,
  t: Tensor,
  dims: number[] | null,
  correction: number | boolean,
  keepdim: boolean,
  std: boolean,
): Tensor {
  if (!isFloating(t.dtype))
    throw runtimeError('std and var only support floating point and complex dtypes');
  const { outShape, target, count } = reduction(t.shape, dims, keepdim);
  const v = t.values();
  const m = numelOf(outShape);
  const mean = new Float64Array(m);
  v.forEach((x, i) => (mean[target[i]] += x / count));
  const ss = new Float64Array(m);
  v.forEach((x, i) => (ss[target[i]] += (x - mean[target[i]]) ** 2));
  const denom = Math.max(count - Number(correction), 0);
  const vars = ss.map((s) => s / denom);
  const res = std ? vars.map(Math.sqrt) : vars;
  const out = rt.fromValues(res, outShape, t.dtype);
  return record(
    rt,
    std ? 'StdBackward0' : 'VarBackward0',
    [t],
    out,
    (g) => [
      v.map((x, i) => {
        const j = target[i];
        const dev = x - mean[j];
        return std ? (g[j] * dev) / (denom * res[j]) : (g[j] * 2 * dev) / denom;
      }),
    ],
    [t, out],
  );
}

/**
 * `x.prod()` (ProdBackward0) / `x.prod(dim, keepdim)` (ProdBackward1); integer and
 * bool inputs give int64. The gradient of each factor is the product of the others.
 */
export function prod(rt: Runtime, t: Tensor, dim: number | null, keepdim: boolean): Tensor {
  const { outShape, target } = reduction(t.shape, dim === null ? null : [dim], keepdim);
  const m = numelOf(outShape);
  if (!isFloating(t.dtype)) {
    const big = new Array<bigint>(m).fill(1n);
    t.exactValues().forEach((x, i) => (big[target[i]] = BigInt.asIntN(64, big[target[i]] * x)));
    return rt.fromExact(big, outShape, 'int64');
  }
  const v = t.values();
  const acc = new Float64Array(m).fill(1);
  v.forEach((x, i) => (acc[target[i]] *= x));
  const out = rt.fromValues(acc, outShape, isFloating(t.dtype) ? t.dtype : 'int64');
  const byOut = groups(target, m);
  return record(
    rt,
    dim === null ? 'ProdBackward0' : 'ProdBackward1',
    [t],
    out,
    (g) => {
      const res = new Float64Array(v.length);
      byOut.forEach((idx, j) => {
        for (const i of idx) {
          let p = 1;
          for (const k of idx) if (k !== i) p *= v[k];
          res[i] = g[j] * p;
        }
      });
      return [res];
    },
    [t, out],
  );
}

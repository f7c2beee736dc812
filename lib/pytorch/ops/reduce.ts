import { pickedGrad, record } from '../autograd';
import type { DType } from '../dtype';
import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { contiguousStrides, numelOf } from '../tensor';
import type { SumPrecision } from './cascadeSum';
import { cascadeSum, outerSums } from './cascadeSum';
import { wrapDim } from './views';

/** Where each input element lands when `dims` are reduced (null: all dims). */
export function reduction(
  shape: readonly number[],
  dims: readonly number[] | null,
  keepdim: boolean,
) {
  const ds = dims === null ? shape.map((_, i) => i) : dims.map((d) => wrapDim(d, shape.length));
  const kept = shape.map((n, i) => (ds.includes(i) ? 1 : n));
  const outShape = keepdim ? kept : shape.filter((_, i) => !ds.includes(i));
  const keptStrides = contiguousStrides(kept);
  const n = numelOf(shape);
  const target = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let rem = i;
    let j = 0;
    for (let d = shape.length - 1; d >= 0; d--) {
      const c = rem % shape[d];
      rem = Math.floor(rem / shape[d]);
      if (!ds.includes(d)) j += c * keptStrides[d];
    }
    target[i] = j;
  }
  return { outShape, target, count: numelOf(kept) === 0 ? 0 : n / Math.max(numelOf(kept), 1) };
}

const sumDtype = (d: DType): DType => (isFloating(d) ? d : 'int64');

/**
 * Float64 and float32 sums of a contiguous tensor in ATen's order and precision, where the
 * reduced dims are the trailing ones (each output a contiguous run) or the leading ones
 * (column sums); null where the session's plain accumulation in double is used.
 */
function runSums(t: Tensor, dims: number[] | null, outSize: number): Float64Array | null {
  if ((t.dtype !== 'float64' && t.dtype !== 'float32') || !t.isContiguous() || outSize === 0)
    return null;
  const precision = t.dtype as SumPrecision;
  const all = t.shape.length;
  const reduced = new Set(
    dims === null ? t.shape.map((_, i) => i) : dims.map((d) => wrapDim(d, all)),
  );
  // TensorIterator drops size-1 dims before it picks the loop: [10, 1] summed over dim 0 is one run.
  const live = t.shape.map((_, i) => i).filter((i) => t.shape[i] !== 1);
  const nd = live.length;
  const ds = new Set(live.map((d, i) => (reduced.has(d) ? i : -1)).filter((i) => i >= 0));
  const v = t.values();
  const run = t.numel() / outSize;
  if ([...ds].every((d) => d >= nd - ds.size))
    return Float64Array.from({ length: outSize }, (_, o) => cascadeSum(v, o * run, run, precision));
  if ([...ds].every((d) => d < ds.size)) return outerSums(v, run, outSize, precision);
  return null;
}

/**
 * A contiguous float tensor reduced over its innermost (non-1) dim and some outer dims, as
 * TensorIterator runs it: each block of the inner reduced run is cascade-summed, and the
 * blocks are added into their output in memory order, rounding to the dtype each time.
 */
function blockSums(t: Tensor, dims: number[] | null, target: Int32Array, outSize: number) {
  if ((t.dtype !== 'float64' && t.dtype !== 'float32') || !t.isContiguous() || dims === null)
    return null;
  const nd = t.shape.length;
  const ds = new Set(dims.map((d) => wrapDim(d, nd)));
  const live = t.shape.map((_, d) => d).filter((d) => t.shape[d] !== 1);
  let run = 1;
  for (let i = live.length - 1; i >= 0 && ds.has(live[i]); i--) run *= t.shape[live[i]];
  if (run === 1 || t.numel() === 0) return null;
  const precision = t.dtype as SumPrecision;
  const r = precision === 'float32' ? Math.fround : (x: number) => x;
  const v = t.values();
  const acc = new Float64Array(outSize);
  for (let b = 0; b < v.length / run; b++) {
    const o = target[b * run];
    acc[o] = r(acc[o] + cascadeSum(v, b * run, run, precision));
  }
  return acc;
}

/** Each output's sum: ATen's float64 order where known, else accumulated in order in double. */
function sums(t: Tensor, dims: number[] | null, target: Int32Array, outSize: number) {
  const runs = runSums(t, dims, outSize) ?? blockSums(t, dims, target, outSize);
  if (runs) return runs;
  const acc = new Float64Array(outSize);
  t.values().forEach((x, i) => (acc[target[i]] += x));
  return acc;
}

/** `x.sum()` (SumBackward0) or `x.sum(dim, keepdim)` (SumBackward1). */
export function sum(rt: Runtime, t: Tensor, dims: number[] | null = null, keepdim = false): Tensor {
  const { outShape, target } = reduction(t.shape, dims, keepdim);
  const name = dims === null ? 'SumBackward0' : 'SumBackward1';
  if (!isFloating(t.dtype)) {
    const big = new Array<bigint>(numelOf(outShape)).fill(0n);
    t.exactValues().forEach((x, i) => (big[target[i]] += x));
    return rt.fromExact(big, outShape, 'int64');
  }
  const acc = sums(t, dims, target, numelOf(outShape));
  const out = rt.fromValues(acc, outShape, sumDtype(t.dtype));
  return record(rt, name, [t], out, (g) => [Float64Array.from(target, (j) => g[j])]);
}

/** `x.mean()` (MeanBackward0) or `x.mean(dim, keepdim)` (MeanBackward1); floating dtypes only. */
export function mean(
  rt: Runtime,
  t: Tensor,
  dims: number[] | null = null,
  keepdim = false,
): Tensor {
  if (!isFloating(t.dtype)) {
    throw runtimeError(
      `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${scalarTypeName(t.dtype)}`,
    );
  }
  const { outShape, target, count } = reduction(t.shape, dims, keepdim);
  // ATen's CPU mean is sum(...).div_(count).
  const acc = sums(t, dims, target, numelOf(outShape));
  const out = rt.fromValues(
    acc.map((x) => x / count),
    outShape,
    t.dtype,
  );
  const name = dims === null ? 'MeanBackward0' : 'MeanBackward1';
  return record(rt, name, [t], out, (g) => [Float64Array.from(target, (j) => g[j] / count)]);
}

function exactExtreme(t: Tensor, which: 'max' | 'min'): bigint {
  return t.exactValues().reduce((a, b) => ((which === 'max' ? b > a : b < a) ? b : a));
}

/** `x.max()` / `x.min()`: the gradient is shared evenly among tied extremes (MaxBackward1). */
export function extreme(rt: Runtime, t: Tensor, which: 'max' | 'min'): Tensor {
  const v = t.values();
  if (v.length === 0) {
    throw runtimeError(
      `${which}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`,
    );
  }
  const best = v.reduce((a, b) =>
    Number.isNaN(a) || Number.isNaN(b) ? NaN : which === 'max' ? Math.max(a, b) : Math.min(a, b),
  );
  const out = isFloating(t.dtype)
    ? rt.fromValues([best], [], t.dtype)
    : rt.fromExact([exactExtreme(t, which)], [], t.dtype);
  const ties = Array.from(v).filter((x) => x === best).length;
  const name = which === 'max' ? 'MaxBackward1' : 'MinBackward1';
  return record(rt, name, [t], out, (g) => [v.map((x) => (x === best ? g[0] / ties : 0))], [
    t,
    out,
  ]);
}

/** `x.max(dim)` / `x.min(dim)`: values (MaxBackward0) and int64 indices of the first extreme. */
export function extremeDim(
  rt: Runtime,
  t: Tensor,
  which: 'max' | 'min',
  dim: number,
  keepdim = false,
): [Tensor, Tensor] {
  const { outShape, target } = reduction(t.shape, [dim], keepdim);
  const v = t.values();
  const n = numelOf(outShape);
  const best = new Float64Array(n).fill(NaN);
  const at = new Int32Array(n).fill(-1);
  const pos = new Int32Array(n);
  const better = (x: number, b: number) => (which === 'max' ? x > b : x < b) || Number.isNaN(x);
  v.forEach((x, i) => {
    const j = target[i];
    if (at[j] === -1 || (!Number.isNaN(best[j]) && better(x, best[j]))) {
      best[j] = x;
      at[j] = i;
      pos[j] =
        Math.floor(i / contiguousStrides(t.shape)[wrapDim(dim, t.shape.length)]) %
        t.shape[wrapDim(dim, t.shape.length)];
    }
  });
  const exact = isFloating(t.dtype) ? null : t.exactValues();
  const values = exact
    ? rt.fromExact(
        Array.from(at, (i) => exact[i]),
        outShape,
        t.dtype,
      )
    : rt.fromValues(best, outShape, t.dtype);
  const indices = rt.fromValues(pos, outShape, 'int64');
  const name = which === 'max' ? 'MaxBackward0' : 'MinBackward0';
  record(rt, name, [t], values, pickedGrad(v.length, at), [indices]);
  return [values, indices];
}

import { pickedGrad, record } from '../autograd';
import { isFloating } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { contiguousStrides, numelOf } from '../tensor';
import { makeView, wrapDim } from './views';

/**
 * Sorting and selecting along a dimension (sort, topk), clamping, unique, and split /
 * chunk into views, as ATen 1.13 on CPU. Ties keep their original order (a stable sort);
 * NaN sorts as the largest value.
 */

/** The lines along `dim`: for each, the flat positions of its elements in order. */
function lines(shape: readonly number[], dim: number): number[][] {
  const strides = contiguousStrides(shape);
  const n = shape[dim];
  const out: number[][] = [];
  for (let i = 0; i < numelOf(shape); i++) {
    if (Math.floor(i / strides[dim]) % n !== 0) continue;
    out.push(Array.from({ length: n }, (_, j) => i + j * strides[dim]));
  }
  return out;
}

const greater = (x: number, y: number) => x > y || (Number.isNaN(x) && !Number.isNaN(y));

/** The first `k` of each line, largest (or smallest) first: values and int64 indices. */
function select(
  rt: Runtime,
  t: Tensor,
  dim: number,
  k: number,
  largest: boolean,
  name: string,
): [Tensor, Tensor] {
  const d = wrapDim(dim, t.shape.length);
  const shape = t.shape.length ? t.shape.slice() : [1];
  const size = shape[d];
  if (k < 0 || k > size) throw runtimeError('selected index k out of range');
  const v = t.values();
  const outShape = shape.slice();
  outShape[d] = k;
  const outStrides = contiguousStrides(outShape);
  const values = new Float64Array(numelOf(outShape));
  const indices = new Float64Array(values.length);
  const from = new Int32Array(values.length);
  lines(shape, d).forEach((line) => {
    const order = line.map((_, j) => j);
    order.sort((a, b) => {
      const [x, y] = [v[line[a]], v[line[b]]];
      return (largest ? greater(x, y) : greater(y, x)) ? -1 : x === y ? a - b : 1;
    });
    const first = line[0];
    const outer = Math.floor(first / (contiguousStrides(shape)[d] * size));
    const inner = first % contiguousStrides(shape)[d];
    for (let j = 0; j < k; j++) {
      const at = outer * outStrides[d] * k + j * outStrides[d] + inner;
      values[at] = v[line[order[j]]];
      indices[at] = order[j];
      from[at] = line[order[j]];
    }
  });
  const shapeOut = t.shape.length ? outShape : [];
  const vals = isFloating(t.dtype)
    ? rt.fromValues(values, shapeOut, t.dtype)
    : rt.fromExact(
        Array.from(from, (i) => t.exactValues()[i]),
        shapeOut,
        t.dtype,
      );
  const out = record(rt, name, [t], vals, pickedGrad(v.length, from));
  return [out, rt.fromValues(indices, shapeOut, 'int64')];
}

export const sortDim = (rt: Runtime, t: Tensor, dim: number, descending: boolean) =>
  select(
    rt,
    t,
    dim,
    t.shape.length ? t.shape[wrapDim(dim, t.shape.length)] : 1,
    descending,
    'SortBackward0',
  );

export const topk = (rt: Runtime, t: Tensor, k: number, dim: number, largest: boolean) =>
  select(rt, t, dim, k, largest, 'TopkBackward0');

/** `clamp(min, max)` with number bounds (ClampBackward1): the gradient passes where min <= x <= max. */
export function clamp(rt: Runtime, t: Tensor, lo: number | null, hi: number | null): Tensor {
  if (lo === null && hi === null)
    throw runtimeError("torch.clamp: At least one of 'min' or 'max' must not be None");
  const f = (x: number) => {
    if (Number.isNaN(x)) return x;
    const y = lo === null ? x : Math.max(x, lo);
    return hi === null ? y : Math.min(y, hi);
  };
  const v = t.values();
  const out = isFloating(t.dtype)
    ? rt.fromValues(v.map(f), t.shape, t.dtype)
    : rt.fromExact(
        t.exactValues().map((x) => {
          const y = lo !== null && x < BigInt(Math.ceil(lo)) ? BigInt(Math.ceil(lo)) : x;
          return hi !== null && y > BigInt(Math.floor(hi)) ? BigInt(Math.floor(hi)) : y;
        }),
        t.shape,
        t.dtype,
      );
  return record(
    rt,
    'ClampBackward1',
    [t],
    out,
    (g) => [
      g.map((gi, i) => ((lo === null || v[i] >= lo) && (hi === null || v[i] <= hi) ? gi : 0)),
    ],
    [t],
  );
}

/** `split(sizes, dim)` into views; `name` is SplitBackward0 or SplitWithSizesBackward0. */
export function splitSizes(
  rt: Runtime,
  t: Tensor,
  sizes: number[],
  dim: number,
  name: string,
): Tensor[] {
  const d = wrapDim(dim, t.shape.length);
  let start = 0;
  return sizes.map((n) => {
    const shape = t.shape.slice();
    shape[d] = n;
    const view = makeView(rt, name, t, shape, t.strides.slice(), t.offset + start * t.strides[d]);
    start += n;
    return view;
  });
}

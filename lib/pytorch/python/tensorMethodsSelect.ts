import { runtimeError } from '../errors';
import { clamp, sortDim, splitSizes, topk } from '../ops/selection';
import { binary, MUL } from '../ops/pointwise';
import { cumsum } from '../ops/scan';
import { trace } from '../ops/trace';
import { reshape } from '../ops/views';
import { isFloating } from '../dtype';
import { Tensor } from '../tensor';
import { arg, toBool, toFloat, toInt } from './context';
import type { Method } from './tensorMethodsMore';
import { tensorOf } from './tensorMethodsMore';
import type { PyValue } from './values';
import { PyList, PyTuple, truthy } from './values';

const named = (type: string, values: Tensor, indices: Tensor) =>
  new PyTuple([values, indices], false, {
    type: `torch.return_types.${type}`,
    fields: ['values', 'indices'],
  });

const bound = (v: PyValue): number | null => (v === null ? null : toFloat(v));

/** `unique(sorted=True, return_inverse=False, return_counts=False)` over all elements. */
const unique: Method = (ctx, t, a, kw) => {
  if (arg(a, kw, 3, 'dim', null) !== null) throw runtimeError('unique with dim is not supported');
  const exact = !isFloating(t.dtype);
  const vals: (number | bigint)[] = exact ? t.exactValues() : Array.from(t.values());
  const keys = [...new Set(vals)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const pos = new Map(keys.map((k, i) => [k, i]));
  const out: PyValue[] = [
    exact
      ? ctx.rt.fromExact(keys as bigint[], [keys.length], t.dtype)
      : ctx.rt.fromValues(keys as number[], [keys.length], t.dtype),
  ];
  if (truthy(arg(a, kw, 1, 'return_inverse', false)))
    out.push(
      ctx.rt.fromValues(
        vals.map((v) => pos.get(v)!),
        t.shape,
        'int64',
      ),
    );
  if (truthy(arg(a, kw, 2, 'return_counts', false))) {
    const counts = new Array<number>(keys.length).fill(0);
    vals.forEach((v) => counts[pos.get(v)!]++);
    out.push(ctx.rt.fromValues(counts, [keys.length], 'int64'));
  }
  return out.length === 1 ? out[0] : new PyTuple(out);
};

/** `split(split_size_or_sections, dim=0)`: equal pieces (the last shorter) or the given sizes. */
const split: Method = (ctx, t, a, kw) => {
  const how = arg(a, kw, 0, 'split_size_or_sections');
  const dim = toInt(arg(a, kw, 1, 'dim', 0n));
  const n = t.shape[dim < 0 ? dim + t.shape.length : dim];
  if (how instanceof PyList || how instanceof PyTuple) {
    const sizes = how.items.map((x) => toInt(x));
    const total = sizes.reduce((p, q) => p + q, 0);
    if (total !== n)
      throw runtimeError(
        `split_with_sizes expects split_sizes to sum exactly to ${n} (input tensor's size at dimension ${dim}), but got split_sizes=[${sizes.join(', ')}]`,
      );
    return new PyTuple(splitSizes(ctx.rt, t, sizes, dim, 'SplitWithSizesBackward0'));
  }
  return new PyTuple(splitSizes(ctx.rt, t, equalPieces(n, toInt(how)), dim, 'SplitBackward0'));
};

function equalPieces(n: number, size: number): number[] {
  if (size <= 0 && n > 0)
    throw runtimeError(
      `split_size can only be 0 if dimension size is 0, but got dimension size of ${n}`,
    );
  const pieces = size === 0 ? 1 : Math.max(Math.ceil(n / size), 1);
  return Array.from({ length: pieces }, (_, i) => Math.min(size, n - i * size));
}

/** Tensor methods for sorting, selection, clamping and splitting (merged into TENSOR_METHODS). */
export const SELECT_TENSOR_METHODS: Record<string, Method> = {
  sort: (ctx, t, a, kw) => {
    const [v, i] = sortDim(
      ctx.rt,
      t,
      toInt(arg(a, kw, 0, 'dim', -1n)),
      toBool(arg(a, kw, 1, 'descending', false)),
    );
    return named('sort', v, i);
  },
  argsort: (ctx, t, a, kw) =>
    sortDim(
      ctx.rt,
      t,
      toInt(arg(a, kw, 0, 'dim', -1n)),
      toBool(arg(a, kw, 1, 'descending', false)),
    )[1],
  topk: (ctx, t, a, kw) => {
    const [v, i] = topk(
      ctx.rt,
      t,
      toInt(arg(a, kw, 0, 'k')),
      toInt(arg(a, kw, 1, 'dim', -1n)),
      toBool(arg(a, kw, 2, 'largest', true)),
    );
    return named('topk', v, i);
  },
  clamp: (ctx, t, a, kw) =>
    clamp(ctx.rt, t, bound(arg(a, kw, 0, 'min', null)), bound(arg(a, kw, 1, 'max', null))),
  clip: (ctx, t, a, kw) =>
    clamp(ctx.rt, t, bound(arg(a, kw, 0, 'min', null)), bound(arg(a, kw, 1, 'max', null))),
  outer: (ctx, t, a, kw) => {
    const other = tensorOf(arg(a, kw, 0, 'vec2'), 'outer', 'vec2');
    return binary(ctx.rt, MUL, reshape(ctx.rt, t, [t.numel(), 1]), other);
  },
  unique,
  trace: (ctx, t) => trace(ctx.rt, t),
  cumsum: (ctx, t, a, kw) => cumsum(ctx.rt, t, toInt(arg(a, kw, 0, 'dim'))),
  split,
  chunk: (ctx, t, a, kw) => {
    const chunks = toInt(arg(a, kw, 0, 'chunks'));
    if (chunks <= 0)
      throw runtimeError('chunk expects `chunks` to be greater than 0, got: ' + chunks);
    const dim = toInt(arg(a, kw, 1, 'dim', 0n));
    const n = t.shape[dim < 0 ? dim + t.shape.length : dim];
    const size = Math.ceil(n / chunks);
    return new PyTuple(splitSizes(ctx.rt, t, equalPieces(n, size), dim, 'SplitBackward0'));
  },
};

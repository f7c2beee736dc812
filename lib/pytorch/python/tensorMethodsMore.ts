import type { DType } from '../dtype';
import { runtimeError, typeError } from '../errors';
import { FILL, inplaceBinary } from '../ops/inplace';
import { repeat } from '../ops/repeat';
import { unflatten } from '../ops/unflatten';
import { isFloating } from '../dtype';
import { normalInplace } from '../ops/randomOps';
import { allAny, argExtreme } from '../ops/argReduce';
import { bmm } from '../ops/bmm';
import { equal, isclose, where } from '../ops/compare';
import { toDtype } from '../ops/copy';
import type { Operand } from '../ops/pointwise';
import { binary, SUB, UNARY, unary } from '../ops/pointwise';
import { filled, tensorFromData } from '../ops/create';
import { nestedOf } from './nestedData';
import { slice, wrapDim } from '../ops/views';
import { mean, sum } from '../ops/reduce';
import { softmax } from '../ops/softmax';
import { prod, variance } from '../ops/stats';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, shapeArgs, toBool, toFloat, toInt } from './context';
import type { Kwargs, PyValue } from './values';
import { DTypeValue, PyList, PyTuple, typeName } from './values';

export type Method = (ctx: Ctx, t: Tensor, args: PyValue[], kw: Kwargs) => PyValue;

/** A `dim` argument: None, an int, or a tuple / list of ints. */
export function dimsArg(v: PyValue): number[] | null {
  if (v === null) return null;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map((x) => toInt(x));
  return [toInt(v)];
}

const optDim = (v: PyValue): number | null => (v === null ? null : toInt(v));

export function dtypeKw(kw: Kwargs): DType | null {
  const d = kw.get('dtype');
  if (d === undefined || d === null) return null;
  if (!(d instanceof DTypeValue))
    throw typeError(`argument 'dtype' must be torch.dtype, not ${typeName(d)}`);
  return d.dtype;
}

/** A reduction's `dtype=`: the input is cast first, as ATen's reductions do. */
const castFor = (ctx: Ctx, t: Tensor, kw: Kwargs) => {
  const d = dtypeKw(kw);
  return d ? toDtype(ctx.rt, t, d) : t;
};

export function tensorOperand(v: PyValue, name: string): Operand {
  if (
    v instanceof Tensor ||
    typeof v === 'number' ||
    typeof v === 'bigint' ||
    typeof v === 'boolean'
  )
    return v;
  throw typeError(`argument '${name}' must be Tensor or Number, not ${typeName(v)}`);
}

export function tensorOf(v: PyValue, fn: string, name: string): Tensor {
  if (v instanceof Tensor) return v;
  throw typeError(`${fn}(): argument '${name}' (position 1) must be Tensor, not ${typeName(v)}`);
}

/** std / var: `(dim=None, unbiased=True, keepdim=False)`, `(dim, *, correction, keepdim)`, or `(unbiased)` alone. */
const varianceMethod =
  (std: boolean): Method =>
  (ctx, t, a, kw) => {
    if (a.length > 0 && typeof a[0] === 'boolean')
      return variance(ctx.rt, t, null, a[0], toBool(arg([], kw, 0, 'keepdim', false)), std);
    const dims = dimsArg(arg(a, kw, 0, 'dim', null));
    const correction = kw.has('correction')
      ? toFloat(kw.get('correction')!)
      : toBool(arg(a, kw, 1, 'unbiased', true));
    return variance(ctx.rt, t, dims, correction, toBool(arg(a, kw, 2, 'keepdim', false)), std);
  };

const argMethod =
  (which: 'argmax' | 'argmin'): Method =>
  (ctx, t, a, kw) =>
    argExtreme(
      ctx.rt,
      t,
      which,
      optDim(arg(a, kw, 0, 'dim', null)),
      toBool(arg(a, kw, 1, 'keepdim', false)),
    );

const allAnyMethod =
  (which: 'all' | 'any'): Method =>
  (ctx, t, a, kw) =>
    allAny(
      ctx.rt,
      t,
      which,
      optDim(arg(a, kw, 0, 'dim', null)),
      toBool(arg(a, kw, 1, 'keepdim', false)),
    );

const softmaxMethod =
  (log: boolean): Method =>
  (ctx, t, a, kw) =>
    softmax(ctx.rt, castFor(ctx, t, kw), toInt(arg(a, kw, 0, 'dim')), log);

/** `t.new_zeros(size)` and kin: the dtype of `t` unless dtype= says otherwise. */
const newFilled =
  (value: number): Method =>
  (ctx, t, a, kw) =>
    filled(
      ctx.rt,
      shapeArgs(a, kw),
      value,
      dtypeKw(kw) ?? t.dtype,
      toBool(kw.get('requires_grad') ?? false),
    );

const sumLike =
  (f: typeof sum): Method =>
  (ctx, t, a, kw) =>
    f(
      ctx.rt,
      castFor(ctx, t, kw),
      dimsArg(arg(a, kw, 0, 'dim', null)),
      toBool(arg(a, kw, 1, 'keepdim', false)),
    );

/** Tensor methods for statistics, joins and comparisons (merged into TENSOR_METHODS). */
export const MORE_TENSOR_METHODS: Record<string, Method> = {
  sum: sumLike(sum),
  mean: sumLike(mean),
  std: varianceMethod(true),
  var: varianceMethod(false),
  prod: (ctx, t, a, kw) =>
    prod(
      ctx.rt,
      castFor(ctx, t, kw),
      optDim(arg(a, kw, 0, 'dim', null)),
      toBool(arg(a, kw, 1, 'keepdim', false)),
    ),
  argmax: argMethod('argmax'),
  argmin: argMethod('argmin'),
  all: allAnyMethod('all'),
  any: allAnyMethod('any'),
  softmax: softmaxMethod(false),
  log_softmax: softmaxMethod(true),
  bmm: (ctx, t, a, kw) => bmm(ctx.rt, t, tensorOf(arg(a, kw, 0, 'mat2'), 'bmm', 'mat2')),
  equal: (_ctx, t, a, kw) => equal(t, tensorOf(arg(a, kw, 0, 'other'), 'equal', 'other')),
  isclose: (ctx, t, a, kw) =>
    isclose(ctx.rt, t, tensorOf(arg(a, kw, 0, 'other'), 'isclose', 'other'), {
      rtol: toFloat(arg(a, kw, 1, 'rtol', 1e-5)),
      atol: toFloat(arg(a, kw, 2, 'atol', 1e-8)),
      equalNan: toBool(arg(a, kw, 3, 'equal_nan', false)),
    }),
  normal_: (ctx, t, a, kw) =>
    normalInplace(ctx.rt, t, toFloat(arg(a, kw, 0, 'mean', 0)), toFloat(arg(a, kw, 1, 'std', 1))),
  fill_: (ctx, t, a, kw) => {
    const v = arg(a, kw, 0, 'value');
    if (v instanceof Tensor && v.shape.length !== 0) {
      throw runtimeError(
        `fill_ only supports 0-dimension value tensor but got tensor with ${v.shape.length} dimensions.`,
      );
    }
    return inplaceBinary(ctx.rt, t, FILL, tensorOperand(v, 'value'));
  },
  repeat: (ctx, t, a, kw) => {
    if (a.length === 0 && !kw.has('repeats'))
      throw typeError('repeat() missing 1 required positional arguments: "repeats"');
    return repeat(ctx.rt, t, shapeArgs(a, kw, 'repeats'));
  },
  // round(decimals=d): nearbyint(x * 10^d) / 10^d in the dtype (RoundBackward1), as ATen does.
  round: (ctx, t, a, kw) => {
    const d = toInt(arg(a, kw, 0, 'decimals', 0n));
    if (d === 0) return unary(ctx.rt, UNARY.round, t);
    const r = t.dtype === 'float32' ? Math.fround : (v: number) => v;
    const p = r(10 ** Math.abs(d));
    const f = UNARY.round.f;
    return unary(
      ctx.rt,
      {
        ...UNARY.round,
        name: 'RoundBackward1',
        f: (x) => r(d > 0 ? r(f(r(x * p))) / p : r(f(r(x / p))) * p),
      },
      t,
    );
  },
  is_floating_point: (_ctx, t) => isFloating(t.dtype),
  new_zeros: newFilled(0),
  new_ones: newFilled(1),
  new_empty: newFilled(0),
  new_full: (ctx, t, a, kw) =>
    filled(
      ctx.rt,
      shapeArgs([arg(a, kw, 0, 'size')], new Map()),
      toFloat(arg(a, kw, 1, 'fill_value')),
      dtypeKw(kw) ?? t.dtype,
      toBool(kw.get('requires_grad') ?? false),
    ),
  new_tensor: (ctx, t, a, kw) =>
    tensorFromData(
      ctx.rt,
      nestedOf(arg(a, kw, 0, 'data')),
      dtypeKw(kw) ?? t.dtype,
      toBool(kw.get('requires_grad') ?? false),
    ),
  diff: (ctx, t, a, kw) => {
    const n = toInt(arg(a, kw, 0, 'n', 1n));
    const dim = toInt(arg(a, kw, 1, 'dim', -1n));
    let out = t;
    for (let i = 0; i < n; i++) {
      const len = out.shape[wrapDim(dim, out.shape.length)];
      out = binary(
        ctx.rt,
        SUB,
        slice(ctx.rt, out, dim, 1, len, 1),
        slice(ctx.rt, out, dim, 0, len - 1, 1),
      );
    }
    return out;
  },
  unflatten: (ctx, t, a, kw) =>
    unflatten(
      ctx.rt,
      t,
      toInt(arg(a, kw, 0, 'dim')),
      ctx.iterate(arg(a, kw, 1, 'sizes')).map((x) => toInt(x)),
    ),
  where: (ctx, t, a, kw) =>
    where(
      ctx.rt,
      tensorOf(arg(a, kw, 0, 'condition'), 'where', 'condition'),
      t,
      tensorOperand(arg(a, kw, 1, 'other'), 'other'),
    ),
};

import { amaxAmin } from '../ops/amax';
import { compare, binary } from '../ops/pointwise';
import { gather } from '../ops/gather';
import { logsumexp } from '../ops/logsumexp';
import { median } from '../ops/median';
import { norm2 } from '../ops/norm';
import { MAXIMUM, MINIMUM } from '../ops/elementwiseExtremes';
import { sum } from '../ops/reduce';
import { arg, notImplemented, toBool, toInt } from './context';
import type { Method } from './tensorMethodsMore';
import { dimsArg, tensorOf, tensorOperand } from './tensorMethodsMore';
import { PyTuple } from './values';

const extremeOver =
  (which: 'amax' | 'amin'): Method =>
  (ctx, t, a, kw) =>
    amaxAmin(
      ctx.rt,
      t,
      dimsArg(arg(a, kw, 0, 'dim', new PyTuple([]))) ?? [],
      toBool(arg(a, kw, 1, 'keepdim', false)),
      which,
    );

/** Tensor methods that compare, pick and summarise elements (merged into TENSOR_METHODS). */
export const COMPARE_TENSOR_METHODS: Record<string, Method> = {
  ...Object.fromEntries(
    ['eq', 'ne', 'lt', 'le', 'gt', 'ge'].map((op): [string, Method] => [
      op,
      (ctx, t, a, kw) => compare(ctx.rt, op, t, tensorOperand(arg(a, kw, 0, 'other'), 'other')),
    ]),
  ),
  norm: (ctx, t, a, kw) => {
    const p = arg(a, kw, 0, 'p', 'fro');
    if (!(p === 'fro' || p === 2 || p === 2n)) throw notImplemented(`norm(p=${String(p)})`);
    return norm2(
      ctx.rt,
      t,
      dimsArg(arg(a, kw, 1, 'dim', null)),
      toBool(arg(a, kw, 2, 'keepdim', false)),
    );
  },
  count_nonzero: (ctx, t, a, kw) => {
    const dims = dimsArg(arg(a, kw, 0, 'dim', null));
    return sum(ctx.rt, compare(ctx.rt, 'ne', t, 0), dims, false);
  },
  median: (ctx, t, a, kw) => {
    if (arg(a, kw, 0, 'dim', null) !== null) throw notImplemented('median(dim)');
    return median(ctx.rt, t);
  },
  logsumexp: (ctx, t, a, kw) =>
    logsumexp(
      ctx.rt,
      t,
      dimsArg(arg(a, kw, 0, 'dim')) ?? [],
      toBool(arg(a, kw, 1, 'keepdim', false)),
    ),
  gather: (ctx, t, a, kw) =>
    gather(
      ctx.rt,
      t,
      toInt(arg(a, kw, 0, 'dim')),
      tensorOf(arg(a, kw, 1, 'index'), 'gather', 'index'),
    ),
  amax: extremeOver('amax'),
  amin: extremeOver('amin'),
  maximum: (ctx, t, a, kw) =>
    binary(ctx.rt, MAXIMUM, t, tensorOf(arg(a, kw, 0, 'other'), 'maximum', 'other')),
  minimum: (ctx, t, a, kw) =>
    binary(ctx.rt, MINIMUM, t, tensorOf(arg(a, kw, 0, 'other'), 'minimum', 'other')),
};

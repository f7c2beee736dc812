import { divide, floorDivide, fmod, remainder } from '../ops/division';
import { arg } from './context';
import type { Method } from './tensorMethodsMore';
import { tensorOperand } from './tensorMethodsMore';
import { typeError } from '../errors';
import type { PyValue } from './values';
import { typeName } from './values';

const mode = (v: PyValue) => {
  if (v !== null && typeof v !== 'string')
    throw typeError(`div(): argument 'rounding_mode' must be str, not ${typeName(v)}`);
  return v;
};

/** `div(other, *, rounding_mode=None)`, `floor_divide`, `remainder` and `fmod` (also as torch.<name>). */
export const DIVISION_METHODS: Record<string, Method> = {
  div: (ctx, t, a, kw) =>
    divide(
      ctx.rt,
      t,
      tensorOperand(arg(a, kw, 0, 'other'), 'other'),
      mode(kw.get('rounding_mode') ?? null),
    ),
  floor_divide: (ctx, t, a, kw) =>
    floorDivide(ctx.rt, t, tensorOperand(arg(a, kw, 0, 'other'), 'other')),
  remainder: (ctx, t, a, kw) =>
    remainder(ctx.rt, t, tensorOperand(arg(a, kw, 0, 'other'), 'other')),
  fmod: (ctx, t, a, kw) => fmod(ctx.rt, t, tensorOperand(arg(a, kw, 0, 'other'), 'other')),
};

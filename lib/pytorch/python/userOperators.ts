import { PyClass } from './classes';
import type { Ctx } from './context';
import { getattr } from './objectAccess';
import type { PyValue } from './values';
import { PyObject } from './values';

/** The special methods behind Python's binary operators (`__add__`; reflected `__radd__`). */
export const BINARY_DUNDERS: Record<string, readonly [string, string]> = Object.fromEntries(
  Object.entries({
    '+': 'add',
    '-': 'sub',
    '*': 'mul',
    '/': 'truediv',
    '//': 'floordiv',
    '%': 'mod',
    '**': 'pow',
    '@': 'matmul',
    '&': 'and',
    '|': 'or',
    '^': 'xor',
  }).map(([op, n]) => [op, [`__${n}__`, '']]),
);
/** The rich comparisons and their mirrors (`a < b` falls back to `b.__gt__(a)`). */
export const COMPARE_DUNDERS: Record<string, readonly [string, string]> = {
  '==': ['__eq__', '__eq__'],
  '!=': ['__ne__', '__ne__'],
  '<': ['__lt__', '__gt__'],
  '>': ['__gt__', '__lt__'],
  '<=': ['__le__', '__ge__'],
  '>=': ['__ge__', '__le__'],
};

/**
 * `a + b` on instances of user classes: `a.__add__(b)`, else `b.__radd__(a)`; a comparison
 * falls back to its mirror (`a < b` to `b.__gt__(a)`). Undefined when no class defines it.
 */
export function userOperator(
  ctx: Ctx,
  names: readonly [string, string] | undefined,
  left: PyValue,
  right: PyValue,
  reflectedPrefix: boolean,
): PyValue | undefined {
  if (!names) return undefined;
  const [own, mirror] = names;
  const defines = (v: PyValue, name: string) =>
    v instanceof PyObject && v.pyClass instanceof PyClass && v.pyClass.lookup(name) !== undefined;
  if (defines(left, own)) return ctx.call(getattr(ctx, left, own), [right], new Map());
  const reflected = reflectedPrefix ? own.replace(/^__/, '__r') : mirror;
  if (defines(right, reflected)) return ctx.call(getattr(ctx, right, reflected), [left], new Map());
  return undefined;
}

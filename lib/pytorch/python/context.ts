import { PyError, typeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Kwargs, PyValue } from './values';
import { asNumber, PyList, PyTuple, typeName } from './values';

/** What the bindings need from the running session. */
export interface Ctx {
  rt: Runtime;
  print(text: string): void;
  /** Python `id()`: stable per object for the session. */
  id(o: object): number;
  addr(o: object): string;
  /** Call a Python callable (used by decorators and `map`-like builtins). */
  call(fn: PyValue, args: PyValue[], kwargs: Kwargs): PyValue;
  iterate(v: PyValue): PyValue[];
  /** Python `type(v)`: the class object. */
  typeOf(v: PyValue): PyValue;
}

/** Positional-or-keyword argument `i` / `name`, or `dflt` when absent. */
export function arg(
  args: PyValue[],
  kwargs: Kwargs,
  i: number,
  name: string,
  dflt?: PyValue,
): PyValue {
  if (i >= 0 && i < args.length) {
    if (kwargs.has(name)) throw typeError(`got multiple values for argument '${name}'`);
    return args[i];
  }
  if (kwargs.has(name)) return kwargs.get(name)!;
  if (dflt === undefined) throw typeError(`missing required argument: '${name}'`);
  return dflt;
}

export function toInt(v: PyValue, what = 'an integer'): number {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as ${what}`);
}

export function toFloat(v: PyValue): number {
  const n = asNumber(v);
  if (n === null) throw typeError(`must be real number, not ${typeName(v)}`);
  return n;
}

export function toBool(v: PyValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as a bool`);
}

/** A shape given as `f(2, 3)`, `f((2, 3))`, `f([2, 3])` or `f(size=(2, 3))`. */
export function shapeArgs(args: PyValue[], kwargs: Kwargs, name = 'size'): number[] {
  const first = args.length > 0 ? args[0] : kwargs.get(name);
  if (first instanceof PyTuple || first instanceof PyList) return first.items.map((x) => toInt(x));
  if (first === undefined) return [];
  return args.map((x) => toInt(x));
}

export const notImplemented = (what: string) =>
  new PyError('NotImplementedError', `${what} is not supported in this session`);

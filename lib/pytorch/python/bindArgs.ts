import { typeError } from '../errors';
import type { Kwargs, PyValue } from './values';

/**
 * Binds a call's arguments to a Python method's parameters (after `self`) the
 * way CPython 3.11 does, with its messages: `Linear.__init__() missing 1
 * required positional argument: 'out_features'`, `... takes 2 positional
 * arguments but 3 were given`, `... got an unexpected keyword argument 'x'`.
 * `defaults[name]` undefined means required.
 */
export function bindArgs(
  fn: string,
  names: readonly string[],
  defaults: Record<string, PyValue>,
  args: PyValue[],
  kwargs: Kwargs,
): PyValue[] {
  const required = names.filter((n) => !(n in defaults));
  if (args.length > names.length) {
    const counted =
      required.length === names.length
        ? `${names.length + 1}`
        : `from ${required.length + 1} to ${names.length + 1}`;
    throw typeError(
      `${fn}() takes ${counted} positional arguments but ${args.length + 1} were given`,
    );
  }
  for (const k of kwargs.keys()) {
    if (!names.includes(k)) throw typeError(`${fn}() got an unexpected keyword argument '${k}'`);
    if (names.indexOf(k) < args.length)
      throw typeError(`${fn}() got multiple values for argument '${k}'`);
  }
  const missing = required.filter((n) => names.indexOf(n) >= args.length && !kwargs.has(n));
  if (missing.length) {
    const quoted = missing.map((n) => `'${n}'`);
    const list =
      quoted.length === 1
        ? quoted[0]
        : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
    throw typeError(
      `${fn}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`,
    );
  }
  return names.map((n, i) =>
    i < args.length ? args[i] : kwargs.has(n) ? kwargs.get(n)! : defaults[n],
  );
}

import { PyError, typeError } from '../errors';
import type { PyValue } from './values';
import { PyObject, PyTuple, strRepr } from './values';

/** Python's built-in exception classes the session raises, each with its parent (PEP 3151's tree, abridged). */
const PARENT: Record<string, string | null> = {
  BaseException: null,
  KeyboardInterrupt: 'BaseException',
  SystemExit: 'BaseException',
  Exception: 'BaseException',
  ArithmeticError: 'Exception',
  ZeroDivisionError: 'ArithmeticError',
  OverflowError: 'ArithmeticError',
  LookupError: 'Exception',
  IndexError: 'LookupError',
  KeyError: 'LookupError',
  ValueError: 'Exception',
  TypeError: 'Exception',
  AttributeError: 'Exception',
  AssertionError: 'Exception',
  NameError: 'Exception',
  UnboundLocalError: 'NameError',
  ImportError: 'Exception',
  ModuleNotFoundError: 'ImportError',
  RuntimeError: 'Exception',
  NotImplementedError: 'RuntimeError',
  RecursionError: 'RuntimeError',
  SyntaxError: 'Exception',
  IndentationError: 'SyntaxError',
  StopIteration: 'Exception',
  SystemError: 'Exception',
  UserWarning: 'Exception',
};

/** Is a raised `type` caught by `except name`? */
export function isSubclass(type: string, name: string): boolean {
  for (
    let t: string | null = type;
    t;
    t = PARENT[t] ?? (t === 'BaseException' ? null : 'Exception')
  )
    if (t === name) return true;
  return false;
}

/** A built-in exception class: calling it makes the instance `raise` throws. */
export class ExceptionClass extends PyObject {
  constructor(readonly name: string) {
    super('type', () => `<class '${name}'>`);
    this.qualName = name;
    this.attrs.set('__name__', name);
    this.call = (args) => exceptionInstance(name, args);
  }
}

/** An exception object: `str(e)` is its message, `repr(e)` the call that made it, `e.args` its arguments. */
export function exceptionInstance(name: string, args: PyValue[], message?: string): PyObject {
  // KeyError's str() is the repr of its key; the others show a lone string argument as it is.
  const lone =
    args.length === 1 && typeof args[0] === 'string'
      ? name === 'KeyError'
        ? strRepr(args[0])
        : args[0]
      : null;
  const text = message ?? lone ?? (args.length === 0 ? '' : null);
  const e = new PyObject(
    name,
    () => `${name}(${args.length === 1 && typeof args[0] === 'string' ? strRepr(args[0]) : ''})`,
  );
  e.qualName = name;
  e.attrs.set('args', new PyTuple(args));
  e.str = () => text ?? String(args);
  return e;
}

/** The builtins' exception classes, by name. */
export function exceptionClasses(): Map<string, ExceptionClass> {
  return new Map(Object.keys(PARENT).map((n) => [n, new ExceptionClass(n)]));
}

/** What `raise x` throws: an instance or a class of a built-in exception, as a PyError. */
export function toRaised(v: PyValue): PyError {
  if (v instanceof ExceptionClass) return new PyError(v.name, '');
  if (v instanceof PyObject && v.qualName && v.qualName in PARENT && v.typeName === v.qualName)
    return new PyError(v.qualName, v.str ? v.str() : '');
  return typeError('exceptions must derive from BaseException');
}

/** The exception object `except E as e` binds for a caught PyError. */
export function caughtValue(e: PyError): PyObject {
  const m = e.pyMessage;
  const arg = e.pyType === 'KeyError' && /^'[^']*'$/.test(m) ? m.slice(1, -1) : m;
  return exceptionInstance(e.pyType, m === '' ? [] : [arg], m);
}

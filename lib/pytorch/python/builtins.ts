import { NdArray } from '../numpy';
import { PyError, typeError } from '../errors';
import { UNARY, unary } from '../ops/pointwise';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, notImplemented, toInt } from './context';
import { exceptionClasses } from './exceptions';
import { formatValue } from './formatSpec';
import { PySlice } from './indexing';
import { installIterBuiltins } from './iterBuiltins';
import { installTypeObjects } from './typeObjects';
import { formatFixed } from '../pyFloat';
import { getattr, setattr } from './objectAccess';
import { binop } from './operators';
import type { Kwargs, PyValue } from './values';
import {
  asNumber,
  builtin,
  PyList,
  PyObject,
  PyTuple,
  pyRepr,
  pyStr,
  truthy,
  typeName,
} from './values';

const MAX_RANGE = 100_000;

/** The Python builtins the session offers. */
export function pythonBuiltins(ctx: Ctx): {
  builtins: Map<string, PyValue>;
  typeOf: (v: PyValue) => PyObject;
} {
  const b = new Map<string, PyValue>();
  const def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) =>
    b.set(name, builtin(name, fn));
  def('print', (a, kw) => {
    const sep = kw.has('sep') ? pyStr(kw.get('sep')!, ctx.addr) : ' ';
    const end = kw.has('end') ? pyStr(kw.get('end')!, ctx.addr) : '\n';
    ctx.print(a.map((x) => pyStr(x, ctx.addr)).join(sep) + end);
    return null;
  });
  def('id', (a) => {
    const v = a[0];
    return BigInt(v !== null && typeof v === 'object' ? ctx.id(v) : 9000000 + String(v).length);
  });
  def('repr', (a) => pyRepr(a[0], ctx.addr));
  def('str', (a) => (a.length ? pyStr(a[0], ctx.addr) : ''));
  def('bool', (a) => (a.length ? truthy(a[0]) : false));
  def('float', (a) => {
    const v = a.length ? a[0] : 0;
    if (typeof v === 'string') {
      const n = Number(
        v
          .trim()
          .toLowerCase()
          .replace(/^([+-]?)inf(inity)?$/, '$1Infinity'),
      );
      if (v.trim().toLowerCase() === 'nan') return NaN;
      if (Number.isNaN(n))
        throw new PyError(
          'ValueError',
          `could not convert string to float: ${pyRepr(v, ctx.addr)}`,
        );
      return n;
    }
    if (v instanceof Tensor) {
      if (v.numel() !== 1)
        throw new PyError(
          'ValueError',
          'only one element tensors can be converted to Python scalars',
        );
      return v.values()[0];
    }
    if (v instanceof NdArray) {
      if (v.view.numel() !== 1)
        throw typeError('only size-1 arrays can be converted to Python scalars');
      return v.view.values()[0];
    }
    const n = asNumber(v);
    if (n === null)
      throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
    return n;
  });
  def('int', (a) => {
    const v = a.length ? a[0] : 0n;
    if (v instanceof Tensor) {
      if (v.numel() !== 1)
        throw new PyError(
          'ValueError',
          'only one element tensors can be converted to Python scalars',
        );
      return BigInt(Math.trunc(v.values()[0]));
    }
    if (typeof v === 'string') {
      if (!/^\s*[+-]?\d[\d_]*\s*$/.test(v))
        throw new PyError(
          'ValueError',
          `invalid literal for int() with base 10: ${pyRepr(v, ctx.addr)}`,
        );
      return BigInt(v.trim().replace(/_/g, ''));
    }
    const n = asNumber(v);
    if (n === null)
      throw typeError(
        `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
      );
    if (!Number.isFinite(n))
      throw new PyError('OverflowError', 'cannot convert float infinity to integer');
    return typeof v === 'bigint' ? v : BigInt(Math.trunc(n));
  });
  def('abs', (a) => {
    const v = a[0];
    if (v instanceof Tensor) return unary(ctx.rt, UNARY.abs, v);
    if (typeof v === 'bigint') return v < 0n ? -v : v;
    const n = asNumber(v);
    if (n === null) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
    return typeof v === 'boolean' ? BigInt(n) : Math.abs(n);
  });
  def('sum', (a, kw) =>
    ctx
      .iterate(a[0])
      .reduce((acc: PyValue, x) => binop(ctx.rt, '+', acc, x), arg(a, kw, 1, 'start', 0n)),
  );
  def('round', (a) => {
    const n = asNumber(a[0]);
    if (n === null) throw typeError(`type ${typeName(a[0])} doesn't define __round__ method`);
    if (a.length < 2 || a[1] === null) {
      const r = Math.round(n);
      return BigInt(Math.abs(n % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r);
    }
    const digits = toInt(a[1]);
    if (typeof a[0] === 'bigint' && digits >= 0) return a[0];
    return digits >= 0
      ? Number(formatFixed(n, digits))
      : Math.round(n / 10 ** -digits) * 10 ** -digits;
  });
  def('range', (a) => {
    const n = a.map((x) => toInt(x));
    const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
    if (step === 0) throw new PyError('ValueError', 'range() arg 3 must not be zero');
    const len = Math.max(0, Math.ceil((stop - start) / step));
    const r = new PyObject('range', () =>
      step === 1 ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${step})`,
    );
    r.iterate = () => {
      if (len > MAX_RANGE)
        throw notImplemented(`a list of more than ${MAX_RANGE} numbers from range()`);
      return Array.from({ length: len }, (_, i) => BigInt(start + i * step));
    };
    // A for loop walks the range lazily: only the time budget bounds it, as in Python.
    r.lazyIterate = function* () {
      for (let i = 0; i < len; i++) yield BigInt(start + i * step);
    };
    r.len = () => BigInt(len);
    r.getitem = (i) => {
      if (typeof i !== 'bigint' && typeof i !== 'boolean')
        throw typeError(`range indices must be integers or slices, not ${typeName(i)}`);
      const k = Number(i) < 0 ? Number(i) + len : Number(i);
      if (k < 0 || k >= len) throw new PyError('IndexError', 'range object index out of range');
      return BigInt(start + k * step);
    };
    return r;
  });
  def('slice', (a) =>
    a.length === 1 ? new PySlice(null, a[0], null) : new PySlice(a[0], a[1], a[2] ?? null),
  );
  def('pow', (a) => binop(ctx.rt, '**', a[0], a[1]));
  def('list', (a) => new PyList(a.length ? ctx.iterate(a[0]) : []));
  def('tuple', (a) => new PyTuple(a.length ? ctx.iterate(a[0]) : []));
  def('hex', (a) => '0x' + BigInt(toInt(a[0])).toString(16));
  def('callable', (a) => a[0] instanceof PyObject && a[0].call !== undefined);
  // Decorators for methods: the class's attribute lookup (bindMethod) reads them.
  for (const [name, slot] of [
    ['property', 'fget'],
    ['staticmethod', '__func__'],
  ] as const)
    def(name, (a) => {
      const d = new PyObject(name, () => `<${name} object at 0x7f0000000000>`);
      d.attrs.set(slot, a[0] ?? null);
      return d;
    });
  const attrName = (v: PyValue) => {
    if (typeof v !== 'string')
      throw typeError(`attribute name must be string, not '${typeName(v)}'`);
    return v;
  };
  const tryGetattr = (obj: PyValue, name: string): PyValue | undefined => {
    try {
      return getattr(ctx, obj, name);
    } catch (e) {
      if (e instanceof PyError && e.pyType === 'AttributeError') return undefined;
      throw e;
    }
  };
  def('getattr', (a) => {
    const v = tryGetattr(a[0], attrName(a[1]));
    if (v !== undefined) return v;
    if (a.length > 2) return a[2];
    return getattr(ctx, a[0], a[1] as string);
  });
  def('hasattr', (a) => tryGetattr(a[0], attrName(a[1])) !== undefined);
  def('setattr', (a) => (setattr(ctx, a[0], attrName(a[1]), a[2]), null));
  for (const [name, cls] of exceptionClasses()) b.set(name, cls);
  installIterBuiltins(ctx, b);
  const typeOf = installTypeObjects(ctx, b);
  b.set(
    'format',
    builtin('format', (a) => formatValue(ctx, a[0], a.length > 1 ? pyStr(a[1], ctx.addr) : '')),
  );
  for (const n of [
    'open',
    'exec',
    'eval',
    'input',
    'help',
    'dir',
    'vars',
    'globals',
    'locals',
    'compile',
    '__import__',
  ]) {
    def(n, () => {
      throw notImplemented(`${n}()`);
    });
  }
  return { builtins: b, typeOf };
}

import { PyError, typeError } from '../errors';
import { NdArray } from '../numpy';
import { UNARY, unary } from '../ops/pointwise';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import { arg, notImplemented, toInt } from './context';
import { PyModule } from './moduleObject';
import { binop, compareValues } from './operators';
import type { Kwargs, PyValue } from './values';
import { asNumber, builtin, PyList, PyObject, PyTuple, pyRepr, pyStr, truthy, typeName } from './values';

const MAX_RANGE = 100_000;

/** The Python builtins the session offers. */
export function pythonBuiltins(ctx: Ctx): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  const def = (name: string, fn: (a: PyValue[], kw: Kwargs) => PyValue) => b.set(name, builtin(name, fn));
  const classes = new Map<string, PyObject>();
  const classOf = (name: string) => {
    if (!classes.has(name)) classes.set(name, new PyObject('type', () => `<class '${name}'>`));
    return classes.get(name)!;
  };
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
  def('len', (a) => {
    const v = a[0];
    if (v instanceof Tensor || v instanceof NdArray) {
      const t = v instanceof Tensor ? v : v.view;
      if (t.shape.length === 0) throw typeError('len() of a 0-d tensor');
      return BigInt(t.shape[0]);
    }
    if (typeof v === 'string') return BigInt(v.length);
    return BigInt(ctx.iterate(v).length);
  });
  def('type', (a) => classOf(a[0] instanceof PyObject && a[0].qualName && a[0].typeName !== 'type' ? a[0].qualName : typeName(a[0])));
  def('repr', (a) => pyRepr(a[0], ctx.addr));
  def('str', (a) => (a.length ? pyStr(a[0], ctx.addr) : ''));
  def('bool', (a) => (a.length ? truthy(a[0]) : false));
  def('float', (a) => {
    const v = a[0] ?? 0;
    if (typeof v === 'string') {
      const n = Number(v.trim().toLowerCase().replace(/^([+-]?)inf(inity)?$/, '$1Infinity'));
      if (v.trim().toLowerCase() === 'nan') return NaN;
      if (Number.isNaN(n)) throw new PyError('ValueError', `could not convert string to float: ${pyRepr(v, ctx.addr)}`);
      return n;
    }
    if (v instanceof Tensor) {
      if (v.numel() !== 1) throw new PyError('ValueError', 'only one element tensors can be converted to Python scalars');
      return v.values()[0];
    }
    const n = asNumber(v);
    if (n === null) throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
    return n;
  });
  def('int', (a) => {
    const v = a[0] ?? 0n;
    if (v instanceof Tensor) {
      if (v.numel() !== 1) throw new PyError('ValueError', 'only one element tensors can be converted to Python scalars');
      return BigInt(Math.trunc(v.values()[0]));
    }
    if (typeof v === 'string') return BigInt(v.trim());
    const n = asNumber(v);
    if (n === null) throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
    if (!Number.isFinite(n)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
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
  def('sum', (a, kw) => ctx.iterate(a[0]).reduce((acc: PyValue, x) => binop(ctx.rt, '+', acc, x), arg(a, kw, 1, 'start', 0n)));
  const extreme = (op: string) => (a: PyValue[]) => {
    const items = a.length === 1 ? ctx.iterate(a[0]) : a;
    if (items.length === 0) throw new PyError('ValueError', `${op === '>' ? 'max' : 'min'}() arg is an empty sequence`);
    return items.reduce((best, x) => (truthy(compareValues(ctx.rt, op, x, best, () => false)) ? x : best));
  };
  def('max', extreme('>'));
  def('min', extreme('<'));
  def('round', (a) => {
    const n = asNumber(a[0]);
    if (n === null) throw typeError(`type ${typeName(a[0])} doesn't define __round__ method`);
    if (a.length < 2 || a[1] === null) {
      const r = Math.round(n);
      return BigInt(Math.abs(n % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r);
    }
    return Number(Number(n).toFixed(toInt(a[1])));
  });
  def('range', (a) => {
    const n = a.map((x) => toInt(x));
    const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
    if (step === 0) throw new PyError('ValueError', 'range() arg 3 must not be zero');
    const len = Math.max(0, Math.ceil((stop - start) / step));
    if (len > MAX_RANGE) throw notImplemented(`a range of more than ${MAX_RANGE} numbers`);
    const r = new PyObject('range', () => `range(${n.join(', ')})`);
    r.iterate = () => Array.from({ length: len }, (_, i) => BigInt(start + i * step));
    return r;
  });
  def('list', (a) => new PyList(a.length ? ctx.iterate(a[0]) : []));
  def('tuple', (a) => new PyTuple(a.length ? ctx.iterate(a[0]) : []));
  def('enumerate', (a) => new PyList(ctx.iterate(a[0]).map((x, i) => new PyTuple([BigInt(i), x]))));
  def('zip', (a) => {
    const lists = a.map((x) => ctx.iterate(x));
    const n = Math.min(...lists.map((l) => l.length));
    return new PyList(Array.from({ length: n }, (_, i) => new PyTuple(lists.map((l) => l[i]))));
  });
  def('isinstance', (a) => {
    const name = a[1] instanceof PyObject ? a[1].repr().replace(/^<class '(.*)'>$/, '$1') : '';
    const t = a[0] instanceof PyObject && a[0].qualName && a[0].typeName !== 'type' ? a[0].qualName : typeName(a[0]);
    if (name === 'torch.nn.modules.module.Module' && a[0] instanceof PyModule) return true;
    return t === name || (name === 'torch.Tensor' && t === 'torch.nn.parameter.Parameter') || (name === 'int' && t === 'bool');
  });
  def('hex', (a) => '0x' + BigInt(toInt(a[0])).toString(16));
  for (const n of ['open', 'exec', 'eval', 'input', 'help', 'dir', 'vars', 'globals', 'locals', 'compile', '__import__']) {
    def(n, () => {
      throw notImplemented(`${n}()`);
    });
  }
  return b;
}

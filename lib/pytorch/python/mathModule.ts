import { PyError, typeError } from '../errors';
import { crCos, crLog, crSin } from '../correctlyRounded';
import { Tensor } from '../tensor';
import type { Ctx } from './context';
import type { PyValue } from './values';
import { asNumber, builtin, PyObject, typeName } from './values';

/** A real argument as math's functions take it: numbers, and one-element tensors via __float__. */
function real(v: PyValue): number {
  if (v instanceof Tensor && v.numel() === 1) return v.values()[0];
  const n = asNumber(v);
  if (n === null) throw typeError(`must be real number, not ${typeName(v)}`);
  return n;
}

const domain = () => new PyError('ValueError', 'math domain error');

/**
 * Python's `math` module for the formulas the lessons write (log, exp, sqrt, the constants,
 * floor and ceil as ints); log, sin and cos correctly rounded as glibc's are.
 */
export function mathModule(ctx: Ctx): PyObject {
  void ctx;
  const m = new PyObject('module', () => "<module 'math' (built-in)>");
  const def = (name: string, fn: (a: PyValue[]) => PyValue) => m.attrs.set(name, builtin(name, fn));
  const unary = (name: string, f: (x: number) => number, ok: (x: number) => boolean = () => true) =>
    def(name, (a) => {
      const x = real(a[0]);
      if (!ok(x)) throw domain();
      return f(x);
    });
  m.attrs.set('pi', Math.PI);
  m.attrs.set('e', Math.E);
  m.attrs.set('tau', 2 * Math.PI);
  m.attrs.set('inf', Infinity);
  m.attrs.set('nan', NaN);
  unary('sqrt', Math.sqrt, (x) => x >= 0 || Number.isNaN(x));
  unary('exp', Math.exp);
  unary('sin', crSin);
  unary('cos', crCos);
  unary('tan', Math.tan);
  unary('tanh', Math.tanh);
  unary('atan', Math.atan);
  unary('fabs', Math.abs);
  unary('log10', Math.log10, (x) => x > 0);
  unary('log2', Math.log2, (x) => x > 0);
  def('log', (a) => {
    const x = real(a[0]);
    if (!(x > 0)) throw domain();
    return a.length > 1 ? crLog(x) / crLog(real(a[1])) : crLog(x);
  });
  def('floor', (a) => (typeof a[0] === 'bigint' ? a[0] : BigInt(Math.floor(real(a[0])))));
  def('ceil', (a) => (typeof a[0] === 'bigint' ? a[0] : BigInt(Math.ceil(real(a[0])))));
  def('isnan', (a) => Number.isNaN(real(a[0])));
  def('isinf', (a) => Math.abs(real(a[0])) === Infinity);
  def('isclose', (a) => {
    const [x, y] = [real(a[0]), real(a[1])];
    return x === y || Math.abs(x - y) <= Math.max(1e-9 * Math.max(Math.abs(x), Math.abs(y)), 0);
  });
  def('pow', (a) => real(a[0]) ** real(a[1]));
  return m;
}

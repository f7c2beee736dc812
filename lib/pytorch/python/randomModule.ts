import { PyError, typeError } from '../errors';
import type { Mt19937 } from '../../random/mt19937';
import { mt19937ByArray, nextDouble53 } from '../../random/mt19937';
import type { Ctx } from './context';
import { arg, toInt } from './context';
import type { PyValue } from './values';
import { builtin, PyList, PyObject, typeName } from './values';

/** `random.seed(n)`: init_by_array over |n|'s 32-bit words, least significant first. */
function seeded(n: bigint): Mt19937 {
  let m = n < 0n ? -n : n;
  const key: number[] = [];
  do {
    key.push(Number(m & 0xffffffffn));
    m >>= 32n;
  } while (m > 0n);
  return mt19937ByArray(key);
}

/**
 * Python's `random` module (CPython 3.11's Random over MT19937): seed, random, uniform,
 * randint, randrange, choice and shuffle draw exactly as CPython's do. Unseeded, it starts
 * from seed 0 here, where CPython would take the OS's entropy.
 */
export function randomModule(ctx: Ctx): PyObject {
  let rng = seeded(0n);
  const getrandbits = (k: number): bigint => {
    if (k <= 32) return BigInt(rng.nextUint32() >>> (32 - k));
    let out = 0n;
    for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
      const word = BigInt(rng.nextUint32() >>> Math.max(32 - k, 0));
      out |= word << shift;
    }
    return out;
  };
  const randbelow = (n: bigint): bigint => {
    const k = n.toString(2).length;
    let r = getrandbits(k);
    while (r >= n) r = getrandbits(k);
    return r;
  };
  const randrange = (start: bigint, stop: bigint, step = 1n): bigint => {
    const width = stop - start;
    if (step === 1n) {
      if (width <= 0n)
        throw new PyError(
          'ValueError',
          `empty range for randrange() (${start}, ${stop}, ${width})`,
        );
      return start + randbelow(width);
    }
    const n = step > 0n ? (width + step - 1n) / step : (width + step + 1n) / step;
    if (n <= 0n) throw new PyError('ValueError', 'empty range for randrange()');
    return start + step * randbelow(n);
  };
  const int = (v: PyValue) => BigInt(toInt(v));
  const m = new PyObject('module', () => "<module 'random' from '/usr/lib/python3.11/random.py'>");
  const def = (name: string, fn: (a: PyValue[], kw: Map<string, PyValue>) => PyValue) =>
    m.attrs.set(name, builtin(name, fn, 'method'));
  def('seed', (a, kw) => {
    const s = arg(a, kw, 0, 'a', null);
    if (s !== null && typeof s !== 'bigint' && typeof s !== 'boolean')
      throw new PyError(
        'NotImplementedError',
        `random.seed of a ${typeName(s)} is not supported in this session`,
      );
    rng = seeded(s === null ? 0n : BigInt(s));
    return null;
  });
  def('random', () => nextDouble53(rng));
  def('uniform', (a) => {
    const [lo, hi] = [Number(a[0]), Number(a[1])];
    return lo + (hi - lo) * nextDouble53(rng);
  });
  def('getrandbits', (a) => getrandbits(toInt(a[0])));
  def('randint', (a) => randrange(int(a[0]), int(a[1]) + 1n));
  def('randrange', (a) =>
    a.length === 1
      ? randrange(0n, int(a[0]))
      : randrange(int(a[0]), int(a[1]), a[2] === undefined ? 1n : int(a[2])),
  );
  def('choice', (a) => {
    const items = ctx.iterate(a[0]);
    if (items.length === 0) throw new PyError('IndexError', 'Cannot choose from an empty sequence');
    return items[Number(randbelow(BigInt(items.length)))];
  });
  def('shuffle', (a) => {
    const x = a[0];
    if (!(x instanceof PyList))
      throw typeError(`'${typeName(x)}' object does not support item assignment`);
    for (let i = x.items.length - 1; i > 0; i--) {
      const j = Number(randbelow(BigInt(i + 1)));
      [x.items[i], x.items[j]] = [x.items[j], x.items[i]];
    }
    return null;
  });
  return m;
}

/**
 * CPython 3.11's hash() on 64-bit builds (Python/pyhash.c, Objects/tupleobject.c), as an
 * unsigned 64-bit BigInt: ints reduce modulo 2^61 - 1, floats by _Py_HashDouble, tuples by the
 * xxHash-style combination. Strings are salted per process in CPython; here they get FNV-1a.
 */
const BITS = 61n;
const MODULUS = (1n << BITS) - 1n;
const U64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

const unsigned = (h: bigint) => h & U64;
/** -1 is CPython's error value, so a hash of -1 becomes -2. */
const notMinusOne = (h: bigint) => (h === -1n ? -2n : h);

function hashInt(n: bigint): bigint {
  const r = (n < 0n ? -n : n) % MODULUS;
  return notMinusOne(n < 0n ? -r : r);
}

function hashFloat(v: number): bigint {
  if (Number.isNaN(v)) return 0n;
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
  if (Number.isInteger(v)) return hashInt(BigInt(v));
  let e = Math.floor(Math.log2(Math.abs(v))) + 1;
  let m = Math.abs(v) / 2 ** e;
  // frexp's mantissa lies in [0.5, 1); log2 can be off by one near powers of two.
  if (m >= 1) {
    m /= 2;
    e++;
  }
  if (m < 0.5) {
    m *= 2;
    e--;
  }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS) | (x >> (BITS - 28n));
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS) x -= MODULUS;
  }
  const shift = BigInt(e >= 0 ? e % 61 : 60 - ((-1 - e) % 61));
  x = ((x << shift) & MODULUS) | (x >> (BITS - shift));
  return notMinusOne(v < 0 ? -x : x);
}

function hashString(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n) & U64;
  return h;
}

/** hash(v) as the unsigned 64-bit pattern; `itemsOf` gives a tuple's items (null for a non-tuple). */
export function pyHash(v: unknown, itemsOf: (v: unknown) => unknown[] | null): bigint {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') return unsigned(hashInt(v));
  if (typeof v === 'number') return unsigned(hashFloat(v));
  if (typeof v === 'string') return hashString(v);
  if (v === null) return 0x7f3a2c000040n >> 4n;
  const items = itemsOf(v);
  if (!items) throw new Error('unhashable');
  let acc = XXPRIME_5;
  for (const item of items) {
    acc = (acc + pyHash(item, itemsOf) * XXPRIME_2) & U64;
    acc = ((acc << 31n) | (acc >> 33n)) & U64;
    acc = (acc * XXPRIME_1) & U64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & U64;
  return acc === U64 ? 1546275796n : acc;
}

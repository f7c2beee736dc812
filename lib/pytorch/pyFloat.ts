/**
 * Python's float formatting on doubles: `'{:.Nf}'`, `'{:.Ne}'` (correctly
 * rounded, ties to even on the exact binary value) and `repr(float)`
 * (shortest round-trip digits, exponent form below 1e-4 or from 1e16).
 */

/** The exact value of a finite |x| as digits * 10^-scale. */
function exactDecimal(x: number): { digits: bigint; scale: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = exp - 1075;
  if (exp === 0) e = -1074;
  else mant |= 1n << 52n;
  if (e >= 0) return { digits: mant << BigInt(e), scale: 0 };
  return { digits: mant * 5n ** BigInt(-e), scale: -e };
}

/** Divide by 10^k rounding half to even. */
function roundDiv(d: bigint, k: number): bigint {
  if (k <= 0) return d * 10n ** BigInt(-k);
  const p = 10n ** BigInt(k);
  const q = d / p;
  const r2 = (d % p) * 2n;
  if (r2 > p || (r2 === p && q % 2n === 1n)) return q + 1n;
  return q;
}

function special(x: number): string | null {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return null;
}

const sign = (x: number) => (x < 0 || Object.is(x, -0) ? '-' : '');

/** Python `'{:.{p}f}'.format(x)`. */
export function formatFixed(x: number, p: number): string {
  const s = special(x);
  if (s !== null) return s;
  const { digits, scale } = exactDecimal(x);
  const q = roundDiv(digits, scale - p).toString();
  if (p === 0) return sign(x) + q;
  const padded = q.padStart(p + 1, '0');
  return `${sign(x)}${padded.slice(0, -p)}.${padded.slice(-p)}`;
}

/** Python `'{:.{p}e}'.format(x)`. */
export function formatExp(x: number, p: number): string {
  const s = special(x);
  if (s !== null) return s;
  let mantissa: string;
  let e: number;
  if (x === 0) {
    mantissa = '0'.repeat(p + 1);
    e = 0;
  } else {
    const { digits, scale } = exactDecimal(x);
    const n = digits.toString().length;
    e = n - 1 - scale;
    let q = roundDiv(digits, n - (p + 1)).toString();
    if (q.length > p + 1) {
      q = q.slice(0, p + 1);
      e += 1;
    }
    mantissa = q;
  }
  const frac = p > 0 ? `.${mantissa.slice(1)}` : '';
  const es = `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return `${sign(x)}${mantissa[0]}${frac}e${es}`;
}

/** Python `repr(float)`. */
export function floatRepr(x: number): string {
  const s = special(x);
  if (s !== null) return s;
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [m, es] = Math.abs(x).toExponential().split('e');
  const e = Number(es);
  const digits = m.replace('.', '');
  if (e < -4 || e >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign(x)}${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  let out: string;
  if (e < 0) out = `0.${'0'.repeat(-e - 1)}${digits}`;
  else if (digits.length <= e + 1) out = `${digits}${'0'.repeat(e + 1 - digits.length)}.0`;
  else out = `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  return sign(x) + out;
}

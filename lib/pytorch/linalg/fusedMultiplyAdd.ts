/**
 * a * b + c rounded once, as a fused multiply-add (the x86 FMA instruction the
 * compiler emits for PyTorch's AVX2 kernels). JavaScript has no fma, so these
 * rebuild it from error-free transformations.
 */

/** Dekker's TwoProduct: p + e = a * b exactly (Veltkamp split). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const split = (v: number): [number, number] => {
    const t = 134217729 * v; // 2^27 + 1
    const hi = t - (t - v);
    return [hi, v - hi];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, e];
}

/** Knuth's TwoSum: s + e = a + b exactly. */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/**
 * fma(a, b, c) in float64. Exact product and sum errors are folded back in;
 * the result is the correctly rounded one except when the exact value sits
 * within a hair of a rounding midpoint.
 */
export function fmaFloat64(a: number, b: number, c: number): number {
  const [p, pe] = twoProduct(a, b);
  const [s, se] = twoSum(p, c);
  return s + (pe + se);
}

/**
 * fma(a, b, c) in float32, for float32 a, b, c: a * b is exact in a double
 * (24 + 24 bits), so only the sum can round twice, which happens when the
 * double sum lands exactly between two float32 values; the sum's error term
 * then says which way the exact value lies.
 */
export function fmaFloat32(a: number, b: number, c: number): number {
  const [s, e] = twoSum(a * b, c);
  const r = Math.fround(s);
  if (e === 0 || r === s) return r;
  const other = 2 * s - r;
  if (Math.fround(other) !== other) return r;
  return e > 0 ? Math.max(r, other) : Math.min(r, other);
}

const SUFFIXES: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

const MINUS = '\u2212';

/**
 * A short label for a number, `digits` significant digits (default 3), trailing
 * zeros dropped: 12000 -> "12k", 1.5e6 -> "1.5M", 0.25 -> "0.25", 0.001 -> "0.001",
 * 0.00001 -> "1e-5", -2 -> "−2" (typographic minus), NaN -> "NaN", Infinity -> "∞".
 * Below 0.001 the exponent form is used; from 1000 up the suffixes k, M, B, T;
 * from 1e15 up the exponent form again.
 */
export function formatCompact(value: number, digits = 3): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  // Round first so 999 999 becomes 1e6 and picks the "M" suffix, and float noise
  // (0.30000000000000004) disappears.
  const rounded = Number(value.toPrecision(digits));
  if (rounded === 0) return '0';
  const sign = rounded < 0 ? MINUS : '';
  const abs = Math.abs(rounded);
  if (abs < 1e-3 || abs >= 1e15) return sign + exponentForm(abs);
  for (const [size, suffix] of SUFFIXES) {
    if (abs >= size) return sign + String(Number((abs / size).toPrecision(digits))) + suffix;
  }
  return sign + String(abs);
}

/** 1e-5, 2.5e-7, 1e+15 written as 1e15. */
function exponentForm(abs: number): string {
  return abs.toExponential().replace('e+', 'e');
}

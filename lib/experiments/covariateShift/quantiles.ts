/**
 * Quantiles by linear interpolation between order statistics (numpy's default
 * `method='linear'`, Hyndman & Fan type 7): position q·(n − 1) in the sorted values.
 */
export function quantiles(values: ArrayLike<number>, qs: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return qs.map(() => NaN);
  return qs.map((q) => {
    const pos = q * (n - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(n - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  });
}

/**
 * How much a unit's activation distribution moves from one step to the next:
 * the mean over steps of |Δ median| + |Δ (q90 − q10)|, from per-step quantiles.
 * A distribution that keeps its place and width scores 0, whatever its shape.
 */
export function activationShift(
  q10: readonly number[],
  q50: readonly number[],
  q90: readonly number[],
): number {
  const n = Math.min(q10.length, q50.length, q90.length);
  if (n < 2) return NaN;
  let total = 0;
  for (let t = 1; t < n; t++) {
    total += Math.abs(q50[t] - q50[t - 1]) + Math.abs(q90[t] - q10[t] - (q90[t - 1] - q10[t - 1]));
  }
  return total / (n - 1);
}

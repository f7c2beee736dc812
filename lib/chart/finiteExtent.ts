/**
 * The smallest and largest of the finite values (NaN and ±Infinity skipped),
 * optionally only the strictly positive ones (what a log axis can show).
 * Returns `undefined` when no value qualifies.
 */
export function finiteExtent(
  values: Iterable<number>,
  options: { positiveOnly?: boolean } = {},
): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (options.positiveOnly && v <= 0) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

import type { NumpyRandomState } from '../random/numpyRandomState';

/**
 * scikit-learn 1.2 `_approximate_mode(class_counts, n_draws, rng)`: take
 * floor(count / total * n_draws) per class, then hand the missing draws to the
 * classes with the largest remainders, breaking ties among equal remainders by
 * `rng.choice(..., replace=False)` (which draws even when all tied classes are taken).
 */
export function approximateMode(
  classCounts: readonly number[],
  nDraws: number,
  rng: NumpyRandomState,
): number[] {
  const total = classCounts.reduce((a, b) => a + b, 0);
  const continuous = classCounts.map((c) => (c / total) * nDraws);
  const floored = continuous.map(Math.floor);
  let needToAdd = Math.trunc(nDraws - floored.reduce((a, b) => a + b, 0));
  if (needToAdd > 0) {
    const remainder = continuous.map((c, i) => c - floored[i]);
    const values = [...new Set(remainder)].sort((a, b) => b - a);
    for (const value of values) {
      const tied = remainder.flatMap((r, i) => (r === value ? [i] : []));
      const addNow = Math.min(tied.length, needToAdd);
      for (const i of rng.choiceWithoutReplacement(tied, addNow)) floored[i] += 1;
      needToAdd -= addNow;
      if (needToAdd === 0) break;
    }
  }
  return floored;
}

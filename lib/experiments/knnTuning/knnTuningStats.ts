/**
 * Per-candidate mean and population standard deviation (`np.std`, as GridSearchCV's `std_test_score`) over folds, from a
 * folds x candidates row-major array; folds not yet scored (NaN) are skipped.
 */
export function foldMeans(
  scores: ArrayLike<number>,
  folds: number,
  candidates: number,
): { mean: number[]; sd: number[]; counted: number } {
  const rows = Array.from({ length: folds }, (_, f) =>
    Array.from({ length: candidates }, (_, k) => scores[f * candidates + k]),
  );
  const scored = rows.filter((r) => r.every(Number.isFinite));
  const mean = Array.from(
    { length: candidates },
    (_, k) => scored.reduce((s, r) => s + r[k], 0) / scored.length,
  );
  const sd = mean.map((m, k) =>
    Math.sqrt(scored.reduce((s, r) => s + (r[k] - m) ** 2, 0) / scored.length),
  );
  return { mean, sd, counted: scored.length };
}

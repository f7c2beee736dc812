/** A precomputed n x n distance matrix (row-major) and the label of each sample. */
export interface KnnData {
  distances: Float32Array;
  n: number;
  labels: ArrayLike<number>;
  classes: number;
}

/**
 * The `k` samples of `train` nearest to sample `query`, nearest first; equal
 * distances keep the lower index first. An insertion into a sorted buffer of
 * length k: O(|train| · k) at worst, about O(|train|) for small k.
 */
export function nearestNeighbours(
  data: KnnData,
  query: number,
  train: readonly number[],
  k: number,
): number[] {
  const row = query * data.n;
  const before = (a: number, b: number) => {
    const da = data.distances[row + a],
      db = data.distances[row + b];
    return da < db || (da === db && a < b);
  };
  const best: number[] = [];
  for (const i of train) {
    if (best.length === k && !before(i, best[k - 1])) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(i, best[at - 1])) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = i;
    if (best.length > k) best.length = k;
  }
  return best;
}

/**
 * Accuracy of K-nearest-neighbours (uniform weights) for every K = 1..kMax:
 * each sample of `test` is classified by a majority vote of its K nearest
 * samples of `train`; a tied vote goes to the smallest label, as scikit-learn's
 * `KNeighborsClassifier` (its `mode` returns the smallest of the most frequent).
 * One sort per test sample serves all K. When `train` contains the test sample
 * itself (scoring on the training data) it is its own nearest neighbour.
 */
export function knnAccuracyOverK(
  data: KnnData,
  train: readonly number[],
  test: readonly number[],
  kMax: number,
): number[] {
  const kTop = Math.min(kMax, train.length);
  const correct = new Array<number>(kMax).fill(0);
  const counts = new Array<number>(data.classes).fill(0);
  for (const q of test) {
    const order = nearestNeighbours(data, q, train, kTop);
    counts.fill(0);
    let best = -1;
    for (let k = 0; k < kMax; k++) {
      if (k < kTop) {
        const label = data.labels[order[k]];
        counts[label]++;
        if (
          best < 0 ||
          counts[label] > counts[best] ||
          (counts[label] === counts[best] && label < best)
        )
          best = label;
      }
      if (best === data.labels[q]) correct[k]++;
    }
  }
  return correct.map((c) => (test.length ? c / test.length : NaN));
}

/** Candidates 1..kMax: the index of the best mean score, the smallest K on ties (GridSearchCV's rank 1). */
export function bestK(meanScores: readonly number[]): number {
  let at = 0;
  meanScores.forEach((s, i) => {
    if (s > meanScores[at]) at = i;
  });
  return at + 1;
}

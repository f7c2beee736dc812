import { describe, expect, it } from 'vitest';
import { loadDatasetFromDisk, nodeTf } from '../training/testing/nodeTf';
import { kFold } from './kFold';
import { seededRandom } from '../random/seeded';
import { bestK, knnAccuracyOverK, type KnnData } from './knnAccuracy';
import { snapDistance, squaredDistances } from './squaredDistances';

/** Float64 distances straight from the definition Σ_j (a_j − b_j)², on squaredDistances' grid. */
function bruteDistances(x: Float32Array, n: number, d: number): Float32Array {
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let f = 0; f < d; f++) s += (x[i * d + f] - x[j * d + f]) ** 2;
      out[i * n + j] = snapDistance(s, 1e-3);
    }
  }
  return out;
}

/** The textbook KNN, one K at a time: stable sort by distance, count votes, most votes wins, smallest label on ties. */
function bruteAccuracy(data: KnnData, train: number[], test: number[], k: number): number {
  let correct = 0;
  for (const q of test) {
    const ranked = train
      .map((i) => ({ i, dist: data.distances[q * data.n + i] }))
      .sort((a, b) => a.dist - b.dist || a.i - b.i)
      .slice(0, k);
    const votes = new Array<number>(data.classes).fill(0);
    for (const { i } of ranked) votes[data.labels[i]]++;
    const top = Math.max(...votes);
    if (votes.indexOf(top) === data.labels[q]) correct++;
  }
  return correct / test.length;
}

describe('squaredDistances', () => {
  it('matches the float64 definition on iris and leaks no tensors', async () => {
    const tf = await nodeTf();
    const iris = await loadDatasetFromDisk('iris');
    const before = tf.memory().numTensors;
    const fast = squaredDistances(tf, iris.x, iris.n, iris.d);
    expect(tf.memory().numTensors).toBe(before);
    const slow = bruteDistances(iris.x, iris.n, iris.d);
    // on the 1e-3 grid float32 rounding disappears: every distance, and so every tie, is exact
    expect(Array.from(fast)).toEqual(Array.from(slow));
    for (let i = 0; i < iris.n; i++) expect(fast[i * iris.n + i]).toBe(0);
  });

  it('is symmetric and non-negative on the digits', async () => {
    const tf = await nodeTf();
    const digits = await loadDatasetFromDisk('digits');
    const n = 300;
    const dist = squaredDistances(tf, digits.x.subarray(0, n * digits.d), n, digits.d);
    const slow = bruteDistances(digits.x.subarray(0, n * digits.d), n, digits.d);
    let worst = 0;
    let asymmetry = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        worst = Math.max(
          worst,
          Math.abs(dist[i * n + j] - slow[i * n + j]) / (1 + slow[i * n + j]),
        );
        asymmetry = Math.max(asymmetry, Math.abs(dist[i * n + j] - dist[j * n + i]));
      }
    }
    expect(Math.min(...dist)).toBeGreaterThanOrEqual(0);
    expect(worst).toBeLessThan(1e-3);
    expect(asymmetry).toBeLessThan(1e-3);
  });
});

describe('knnAccuracyOverK', () => {
  it('equals a brute-force KNN for every K on shuffled 5-fold splits of iris', async () => {
    const iris = await loadDatasetFromDisk('iris');
    const data: KnnData = {
      distances: bruteDistances(iris.x, iris.n, iris.d),
      n: iris.n,
      labels: iris.y,
      classes: iris.classes,
    };
    const { splits } = kFold({ nSplits: 5, shuffle: true, randomState: 0 }).split(iris.n);
    for (const { train, test } of splits) {
      const curve = knnAccuracyOverK(data, train, test, 15);
      curve.forEach((acc, i) => expect(acc).toBe(bruteAccuracy(data, train, test, i + 1)));
    }
  });

  it('breaks tied votes towards the smallest label, as scikit-learn does', () => {
    // sample 0 (label 1) has neighbours 1 (label 0, nearer) and 2 (label 1): K=2 is a 1–1 tie, won by label 0
    const distances = Float32Array.from([0, 1, 2, 1, 0, 3, 2, 3, 0]);
    const data: KnnData = { distances, n: 3, labels: [1, 0, 1], classes: 2 };
    expect(knnAccuracyOverK(data, [1, 2], [0], 2)).toEqual([0, 0]);
    const swapped: KnnData = { ...data, labels: [0, 1, 0] };
    // now the tie is between 1 (nearer) and 0: label 0 wins again, which is right for sample 0
    expect(knnAccuracyOverK(swapped, [1, 2], [0], 2)).toEqual([0, 1]);
  });

  it("scores K=1 at 100% on its own training data when no identical points disagree (the lecture's trap)", async () => {
    const digits = await loadDatasetFromDisk('digits');
    const rng = seededRandom(4);
    const rows = rng.shuffled(Array.from({ length: digits.n }, (_, i) => i)).slice(0, 400);
    const x = new Float32Array(
      rows.flatMap((r) => Array.from(digits.x.subarray(r * digits.d, (r + 1) * digits.d))),
    );
    const data: KnnData = {
      distances: bruteDistances(x, 400, digits.d),
      n: 400,
      labels: rows.map((r) => digits.y[r]),
      classes: 10,
    };
    const all = Array.from({ length: 400 }, (_, i) => i);
    const curve = knnAccuracyOverK(data, all, all, 5);
    expect(curve[0]).toBe(1);
    expect(curve[4]).toBeLessThanOrEqual(1);
  });
});

describe('bestK', () => {
  it('picks the best mean score and the smallest K on ties', () => {
    expect(bestK([0.9, 0.95, 0.95, 0.94])).toBe(2);
    expect(bestK([0.97])).toBe(1);
  });
});

import type { Random } from '../../random/seeded';

export interface LinearData {
  /** The line or plane the data is drawn from: y = x·trueA + trueB + noise. */
  trueA: number[];
  trueB: number;
  /** n x inFeatures inputs, row-major, uniform in [-1, 1]. */
  x: Float32Array;
  y: Float32Array;
  n: number;
  inFeatures: number;
}

/**
 * Noisy samples from a known line (1 input) or plane (2 inputs). Draws from
 * `random` in a fixed order, so the page and the worker, each given a fresh
 * generator with the same seed, make the same data.
 */
export function linearFitData(
  options: { inFeatures: number; samples: number; noise: number },
  random: Random,
): LinearData {
  const { inFeatures, samples: n, noise } = options;
  const round1 = (v: number) => Math.round(v * 10) / 10;
  const trueA = Array.from({ length: inFeatures }, () => round1(random.uniform() * 4 - 2));
  const trueB = round1(random.uniform() * 2 - 1);
  const x = new Float32Array(n * inFeatures);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let target = trueB;
    for (let j = 0; j < inFeatures; j++) {
      const v = random.uniform() * 2 - 1;
      x[i * inFeatures + j] = v;
      target += trueA[j] * v;
    }
    y[i] = target + noise * random.normal();
  }
  return { trueA, trueB, x, y, n, inFeatures };
}

/** Mean squared error of the fit y = x·a + b on the data, in float64. */
export function meanSquaredError(data: LinearData, a: readonly number[], b: number): number {
  let sum = 0;
  for (let i = 0; i < data.n; i++) {
    let pred = b;
    for (let j = 0; j < data.inFeatures; j++) pred += a[j] * data.x[i * data.inFeatures + j];
    sum += (pred - data.y[i]) ** 2;
  }
  return sum / data.n;
}

/** Least-squares solution (the best any optimiser can reach), by the normal equations. */
export function leastSquares(data: LinearData): { a: number[]; b: number } {
  const d = data.inFeatures + 1;
  const xtx = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const xty = new Array<number>(d).fill(0);
  for (let i = 0; i < data.n; i++) {
    const row = [...data.x.subarray(i * data.inFeatures, (i + 1) * data.inFeatures), 1];
    for (let r = 0; r < d; r++) {
      xty[r] += row[r] * data.y[i];
      for (let c = 0; c < d; c++) xtx[r][c] += row[r] * row[c];
    }
  }
  // Gaussian elimination with partial pivoting on a (d x d) system, d <= 3.
  for (let col = 0; col < d; col++) {
    let pivot = col;
    for (let r = col + 1; r < d; r++)
      if (Math.abs(xtx[r][col]) > Math.abs(xtx[pivot][col])) pivot = r;
    [xtx[col], xtx[pivot]] = [xtx[pivot], xtx[col]];
    [xty[col], xty[pivot]] = [xty[pivot], xty[col]];
    for (let r = 0; r < d; r++) {
      if (r === col) continue;
      const f = xtx[r][col] / xtx[col][col];
      for (let c = col; c < d; c++) xtx[r][c] -= f * xtx[col][c];
      xty[r] -= f * xty[col];
    }
  }
  const w = xty.map((v, i) => v / xtx[i][i]);
  return { a: w.slice(0, -1), b: w[d - 1] };
}

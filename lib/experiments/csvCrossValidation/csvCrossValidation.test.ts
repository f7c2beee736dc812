import { describe, expect, it } from 'vitest';
import { kFold } from '../../sklearn/kFold';
import { loadDatasetFromDisk, nodeContext } from '../../training/testing/nodeTf';
import { csvCrossValidation, foldScore, type CsvCrossValidationConfig } from './csvCrossValidation';

async function irisConfig(
  patch: Partial<CsvCrossValidationConfig> = {},
): Promise<CsvCrossValidationConfig> {
  const iris = await loadDatasetFromDisk('iris');
  return {
    x: Array.from(iris.x),
    y: Array.from(iris.y),
    d: iris.d,
    task: 'classification',
    classes: 3,
    model: 'knn',
    neighbours: 5,
    lambda: 1,
    kFolds: 5,
    shuffleSeed: 0,
    ...patch,
  };
}

async function scores(c: CsvCrossValidationConfig) {
  const run = await csvCrossValidation.create(c, await nodeContext(0));
  const out = Array.from({ length: c.kFolds }, () => run.step().metrics);
  run.dispose();
  return out;
}

/** Plain-loop KNN on standardised features, independent of tfjs. */
function plainKnnAccuracy(c: CsvCrossValidationConfig, train: number[], test: number[]): number {
  const d = c.d;
  const mean = Array.from(
    { length: d },
    (_, j) => train.reduce((s, r) => s + c.x[r * d + j], 0) / train.length,
  );
  const sd = mean.map(
    (m, j) =>
      Math.sqrt(train.reduce((s, r) => s + (c.x[r * d + j] - m) ** 2, 0) / train.length) || 1,
  );
  const z = (r: number) => Array.from({ length: d }, (_, j) => (c.x[r * d + j] - mean[j]) / sd[j]);
  const predicted = test.map((t) => {
    const zt = z(t);
    const near = train
      .map((r) => ({ r, dist: z(r).reduce((s, v, j) => s + (v - zt[j]) ** 2, 0) }))
      .sort((a, b) => a.dist - b.dist)
      .slice(0, c.neighbours);
    const votes = new Array(c.classes).fill(0);
    near.forEach(({ r }) => votes[c.y[r]]++);
    return votes.indexOf(Math.max(...votes));
  });
  return foldScore(
    'classification',
    test.map((r) => c.y[r]),
    predicted,
  );
}

describe('csvCrossValidation', () => {
  it('scores each fold of KFold(5, shuffle=True) on iris as a plain nearest-neighbour vote does', async () => {
    const c = await irisConfig();
    const got = await scores(c);
    const { splits } = kFold({ nSplits: 5, shuffle: true, randomState: 0 }).split(150);
    got.forEach((m, f) => {
      expect(m.testSize).toBe(30);
      expect(m.score).toBeCloseTo(plainKnnAccuracy(c, splits[f].train, splits[f].test), 10);
    });
    // Documented behaviour: KNN separates iris well (about 95% in scikit-learn's examples).
    expect(got.reduce((s, m) => s + m.score!, 0) / 5).toBeGreaterThan(0.9);
  });

  it('ridge regression with λ = 0 fits a noiseless linear target exactly: R² = 1 on every fold', async () => {
    const n = 60;
    const x = Array.from({ length: n * 2 }, (_, i) => Math.sin(i * 1.7) * 3 + (i % 5));
    const y = Array.from({ length: n }, (_, r) => 2 * x[r * 2] - 0.5 * x[r * 2 + 1] + 4);
    const got = await scores({
      x,
      y,
      d: 2,
      task: 'regression',
      classes: 0,
      model: 'ridge',
      neighbours: 1,
      lambda: 0,
      kFolds: 4,
      shuffleSeed: 3,
    });
    for (const m of got) expect(m.score).toBeCloseTo(1, 4);
  });

  it('RidgeClassifier on iris is far above chance (1/3)', async () => {
    const got = await scores(await irisConfig({ model: 'ridge', lambda: 1 }));
    expect(got.reduce((s, m) => s + m.score!, 0) / 5).toBeGreaterThan(0.75);
  });
});

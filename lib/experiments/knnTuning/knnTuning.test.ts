import { describe, expect, it } from 'vitest';
import { nodeContext } from '../../training/testing/nodeTf';
import { knnTuning, KNN_STAGE, type KnnTuningConfig } from './knnTuning';
import { foldMeans } from './knnTuningStats';

const base: KnnTuningConfig = {
  dataset: 'iris',
  folds: 5,
  kMax: 25,
  testSize: 0.3,
  splitSeed: 0,
  shuffleSeed: 0,
};

async function runAll(config: KnnTuningConfig) {
  const run = await knnTuning.create(config, await nodeContext(1));
  const steps = Array.from({ length: knnTuning.totalSteps(config) }, () => run.step());
  run.dispose();
  return { steps };
}

describe('knnTuning', () => {
  it("walks the lecture's stages: the trap scores K=1 at 100%, then hold-out, every fold, and one test score", async () => {
    const { steps } = await runAll(base);
    expect(steps.map((s) => s.metrics.stage)).toEqual(
      [1, 2, 3, 3, 3, 3, 3, 4].map((v) => v as number),
    );
    expect(steps[0].metrics.trainAccuracyK1).toBe(1);
    // train_test_split rounds the test size up: ceil(0.3 * 150) = 45, leaving 105 to train on
    expect(steps[0].metrics.testSize).toBe(45);
    expect(steps[0].metrics.trainSize).toBe(105);
    // KFold over 105 samples: five folds of 21
    expect(
      steps.filter((s) => s.metrics.stage === KNN_STAGE.fold).map((s) => s.metrics.foldSize),
    ).toEqual([21, 21, 21, 21, 21]);
  });

  it('chooses the K with the best mean fold score and reports that mean', async () => {
    const { steps } = await runAll(base);
    const last = steps.at(-1)!;
    const folds = last.arrays!.folds;
    const rows = Array.from({ length: 5 }, (_, f) =>
      Array.from(folds.subarray(f * 25, (f + 1) * 25)),
    );
    const means = Array.from({ length: 25 }, (_, k) => rows.reduce((s, r) => s + r[k], 0) / 5);
    const top = Math.max(...means);
    expect(last.metrics.chosenK).toBe(means.findIndex((m) => m === top) + 1);
    expect(last.metrics.cvAccuracy).toBeCloseTo(top, 6);
    // iris is easy for KNN: every honest score lands well above chance (1/3)
    expect(last.metrics.testAccuracy).toBeGreaterThan(0.85);
    expect(last.metrics.cvAccuracy).toBeGreaterThan(0.85);
  });

  it('another shuffle gives other folds; the same settings give the same numbers', async () => {
    const a = await runAll(base);
    const b = await runAll(base);
    const c = await runAll({ ...base, shuffleSeed: 7 });
    expect(Array.from(b.steps.at(-1)!.arrays!.folds)).toEqual(
      Array.from(a.steps.at(-1)!.arrays!.folds),
    );
    expect(Array.from(c.steps.at(-1)!.arrays!.folds)).not.toEqual(
      Array.from(a.steps.at(-1)!.arrays!.folds),
    );
  });

  it('runs on the digits: K=1 scores 100% on its own training rows, the test score passes 90%', async () => {
    const { steps } = await runAll({ ...base, dataset: 'digits', folds: 2, kMax: 5 });
    expect(steps[0].metrics.trainAccuracyK1).toBe(1);
    expect(steps.at(-1)!.metrics.testAccuracy).toBeGreaterThan(0.9);
  });
});

describe('foldMeans', () => {
  it("averages each candidate over the scored folds with numpy's population sd", () => {
    const { mean, sd, counted } = foldMeans([1, 0.5, 0, 0.5, NaN, NaN], 3, 2);
    expect(counted).toBe(2);
    expect(mean).toEqual([0.5, 0.5]);
    expect(sd).toEqual([0.5, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { kFold } from '../../sklearn/kFold';
import { loadDatasetFromDisk, nodeContext } from '../../training/testing/nodeTf';
import { snapDistance } from '../../sklearn/squaredDistances';
import { knnAccuracyOverK, type KnnData } from '../../sklearn/knnAccuracy';
import { nestedCv, type NestedCvConfig } from './nestedCv';

const base: NestedCvConfig = {
  dataset: 'iris',
  outerFolds: 4,
  innerFolds: 4,
  kMax: 15,
  outerSeed: 1,
  innerSeed: 2,
  trials: 1,
};

describe('nestedCv', () => {
  it('each outer fold picks the K with the best mean inner score and is scored on data the choice never saw', async () => {
    const ctx = await nodeContext(1);
    const before = ctx.tf.memory().numTensors;
    const run = await nestedCv.create(base, ctx);
    const steps = Array.from({ length: nestedCv.totalSteps(base) }, () => run.step());
    run.dispose();
    expect(ctx.tf.memory().numTensors).toBe(before);

    // recompute fold 1 by hand, from the definition, with float64 distances on the same grid
    const iris = await loadDatasetFromDisk('iris');
    const dist = new Float32Array(iris.n * iris.n);
    for (let i = 0; i < iris.n; i++)
      for (let j = 0; j < iris.n; j++) {
        let s = 0;
        for (let f = 0; f < iris.d; f++)
          s += (iris.x[i * iris.d + f] - iris.x[j * iris.d + f]) ** 2;
        dist[i * iris.n + j] = snapDistance(s, 1e-3);
      }
    const knn: KnnData = { distances: dist, n: iris.n, labels: iris.y, classes: iris.classes };
    const outer = kFold({ nSplits: 4, shuffle: true, randomState: 1 }).split(150).splits;
    const { train, test } = outer[0];
    const innerSplits = kFold({ nSplits: 4, shuffle: true, randomState: 2 }).split(
      train.length,
    ).splits;
    const curves = innerSplits.map((s) =>
      knnAccuracyOverK(
        knn,
        s.train.map((p) => train[p]),
        s.test.map((p) => train[p]),
        15,
      ),
    );
    const means = Array.from(
      { length: 15 },
      (_, k) => curves.reduce((a, c) => a + c[k], 0) / curves.length,
    );
    const k = means.indexOf(Math.max(...means)) + 1;
    expect(steps[0].metrics.chosenK).toBe(k);
    expect(steps[0].metrics.outerScore).toBeCloseTo(
      knnAccuracyOverK(knn, train, test, k)[k - 1],
      10,
    );

    const last = steps.at(-1)!.metrics;
    const outerScores = Array.from(steps.at(-1)!.arrays!.outerScores);
    expect(last.nestedScore).toBeCloseTo(outerScores.reduce((a, b) => a + b, 0) / 4, 6);
    expect(last.nonNestedScore).toBeGreaterThan(0.9);
    expect(last.nonNestedK).toBeGreaterThanOrEqual(1);
  });
});

describe('nestedCv over several trials', () => {
  it('averages nested and non-nested scores over trials, trial t using seeds + t, and the non-nested one is optimistic on average', async () => {
    const config: NestedCvConfig = { ...base, trials: 8 };
    const ctx = await nodeContext(1);
    const run = await nestedCv.create(config, ctx);
    const steps = Array.from({ length: nestedCv.totalSteps(config) }, () => run.step());
    run.dispose();
    const first = steps[config.outerFolds].metrics;
    const trials = [
      { nested: first.nestedScore, nonNested: first.nonNestedScore },
      ...steps
        .slice(config.outerFolds + 1)
        .map((s) => ({ nested: s.metrics.trialNested, nonNested: s.metrics.trialNonNested })),
    ];
    expect(trials).toHaveLength(8);
    const last = steps.at(-1)!.metrics;
    expect(last.meanNested).toBeCloseTo(trials.reduce((a, t) => a + t.nested!, 0) / 8, 10);
    expect(last.meanNonNested).toBeCloseTo(trials.reduce((a, t) => a + t.nonNested!, 0) / 8, 10);
    // the best of 15 noisy means is biased upwards (scikit-learn's nested-vs-non-nested example)
    expect(last.meanNonNested).toBeGreaterThan(last.meanNested!);
  });
});

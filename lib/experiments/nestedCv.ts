import { z } from 'zod';
import { kFold } from '../cv/kFold';
import { nestedCrossValidation, nonNestedScore, splitsWithin, type ScoreFn } from '../cv/nested';
import { defineExperiment } from '../engine/experiment';
import { knnAccuracyOverK, type KnnData } from '../knn/knnAccuracy';
import { squaredDistances } from '../knn/squaredDistances';

export const nestedCvConfig = z.object({
  dataset: z.enum(['iris', 'digits']),
  outerFolds: z.number().int().min(2).max(10),
  innerFolds: z.number().int().min(2).max(10),
  /** Candidates K = 1..kMax. */
  kMax: z.number().int().min(1).max(30),
  /** `random_state` of the outer shuffled KFold. */
  outerSeed: z.number().int().min(0),
  /** `random_state` of the inner shuffled KFold (and of the non-nested search). */
  innerSeed: z.number().int().min(0),
});
export type NestedCvConfig = z.infer<typeof nestedCvConfig>;

/**
 * A KNN scorer for `nestedCrossValidation`: accuracy of candidate K trained on
 * `train`, scored on `test`. All K share one neighbour search per split, cached
 * by the test array (the same split object is scored for every candidate).
 */
export function knnScorer(knn: KnnData, kMax: number): ScoreFn<number> {
  const cache = new WeakMap<readonly number[], number[]>();
  return (k, train, test) => {
    let curve = cache.get(test);
    if (!curve) cache.set(test, (curve = knnAccuracyOverK(knn, train, test, kMax)));
    return curve[k - 1];
  };
}

/**
 * Nested cross-validation of a KNN's K (scikit-learn's "nested versus non-nested"
 * example): one step per outer fold of `KFold(outerFolds, shuffle=True,
 * random_state=outerSeed)`: an inner `KFold(innerFolds, shuffle=True,
 * random_state=innerSeed)` over the outer training set picks K by its best mean
 * inner accuracy, refits on the outer training set and scores the outer test
 * fold. A last step runs the non-nested search (inner KFold over all the data,
 * best mean reported as the estimate) for comparison.
 */
export const nestedCv = defineExperiment({
  name: 'nestedCv',
  config: nestedCvConfig,
  watch: [],
  totalSteps: (config) => config.outerFolds + 1,
  async create(config, { tf, loadDataset }) {
    const data = await loadDataset(config.dataset);
    const knn: KnnData = { distances: squaredDistances(tf, data.x, data.n, data.d), n: data.n, labels: data.y, classes: data.classes };
    const candidates = Array.from({ length: config.kMax }, (_, i) => i + 1);
    const score = knnScorer(knn, config.kMax);
    const inner = kFold({ nSplits: config.innerFolds, shuffle: true, randomState: config.innerSeed });
    const outer = kFold({ nSplits: config.outerFolds, shuffle: true, randomState: config.outerSeed }).split(data.n).splits;
    const innerScores = new Float32Array(config.outerFolds * config.kMax).fill(NaN);
    const outerScores = new Float32Array(config.outerFolds).fill(NaN);
    let done = 0;

    return {
      step() {
        done++;
        let metrics: Record<string, number>;
        if (done <= config.outerFolds) {
          const fold = outer[done - 1];
          const [result] = nestedCrossValidation({
            outer: [fold],
            inner: (f) => splitsWithin(f.train, inner.split(f.train.length).splits),
            candidates,
            score,
          }).folds;
          innerScores.set(result.innerMeanScores, (done - 1) * config.kMax);
          outerScores[done - 1] = result.outerScore;
          metrics = { outerFold: done, chosenK: result.chosen, innerBest: result.innerMeanScores[result.chosenIndex], outerScore: result.outerScore };
          if (done === config.outerFolds) metrics.nestedScore = outerScores.reduce((a, b) => a + b, 0) / config.outerFolds;
        } else {
          const all = Array.from({ length: data.n }, (_, i) => i);
          const flat = nonNestedScore({ splits: inner.split(data.n).splits, candidates, score });
          metrics = {
            nestedScore: outerScores.reduce((a, b) => a + b, 0) / config.outerFolds,
            nonNestedScore: flat.score,
            nonNestedK: flat.chosen,
            samples: all.length,
          };
        }
        return { metrics: { samples: data.n, ...metrics }, arrays: { innerScores: innerScores.slice(), outerScores: outerScores.slice() } };
      },
      dispose() {
        // no tensors outlive squaredDistances
      },
    };
  },
});

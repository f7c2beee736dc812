import { kFold } from '../../sklearn/kFold';
import {
  nestedCrossValidation,
  nonNestedScore,
  splitsWithin,
  type ScoreFn,
} from '../../sklearn/nested';
import { defineExperiment, type MetricName, type Metrics } from '../../training/experiment';
import { knnAccuracyOverK, type KnnData } from '../../sklearn/knnAccuracy';
import { squaredDistances } from '../../sklearn/squaredDistances';
import { nestedCvConfig } from './nestedCvConfig';
export { nestedCvConfig, type NestedCvConfig } from './nestedCvConfig';

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

const NESTED_CV_METRICS = [
  'samples',
  'outerFold',
  'chosenK',
  'innerBest',
  'outerScore',
  'nestedScore',
  'trial',
  'nonNestedScore',
  'nonNestedK',
  'trialNested',
  'trialNonNested',
  'meanNested',
  'meanNonNested',
] as const;
type Metric = MetricName<(typeof NESTED_CV_METRICS)[number]>;

/**
 * Nested cross-validation of a KNN's K (scikit-learn's "nested versus non-nested"
 * example): one step per outer fold of `KFold(outerFolds, shuffle=True,
 * random_state=outerSeed)`: an inner `KFold(innerFolds, shuffle=True,
 * random_state=innerSeed)` over the outer training set picks K by its best mean
 * inner accuracy, refits on the outer training set and scores the outer test
 * fold. The next step runs the non-nested search (inner KFold over all the data,
 * best mean reported as the estimate) for comparison; each further step repeats
 * both with the next pair of seeds, and the last reports their means over trials.
 */
export const nestedCv = defineExperiment({
  name: 'nestedCv',
  config: nestedCvConfig,
  metrics: NESTED_CV_METRICS,
  watch: [],
  totalSteps: (config) => config.outerFolds + config.trials,
  async create(config, { tf, loadDataset }) {
    const data = await loadDataset(config.dataset);
    const knn: KnnData = {
      distances: squaredDistances(tf, data.x, data.n, data.d),
      n: data.n,
      labels: data.y,
      classes: data.classes,
    };
    const candidates = Array.from({ length: config.kMax }, (_, i) => i + 1);
    const score = knnScorer(knn, config.kMax);
    const innerCv = (t: number) =>
      kFold({ nSplits: config.innerFolds, shuffle: true, randomState: config.innerSeed + t });
    const outerSplits = (t: number) =>
      kFold({ nSplits: config.outerFolds, shuffle: true, randomState: config.outerSeed + t }).split(
        data.n,
      ).splits;
    const inner = innerCv(0);
    const outer = outerSplits(0);
    const trialScores: { nested: number; nonNested: number }[] = [];
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const innerScores = new Float32Array(config.outerFolds * config.kMax).fill(NaN);
    const outerScores = new Float32Array(config.outerFolds).fill(NaN);
    let done = 0;

    return {
      step() {
        done++;
        let metrics: Metrics<Metric>;
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
          metrics = {
            outerFold: done,
            chosenK: result.chosen,
            innerBest: result.innerMeanScores[result.chosenIndex],
            outerScore: result.outerScore,
          };
          if (done === config.outerFolds)
            metrics.nestedScore = outerScores.reduce((a, b) => a + b, 0) / config.outerFolds;
        } else if (done === config.outerFolds + 1) {
          const flat = nonNestedScore({ splits: inner.split(data.n).splits, candidates, score });
          const nestedScore = mean(Array.from(outerScores));
          trialScores.push({ nested: nestedScore, nonNested: flat.score });
          metrics = { trial: 1, nestedScore, nonNestedScore: flat.score, nonNestedK: flat.chosen };
        } else {
          const t = done - config.outerFolds - 1;
          const cv = innerCv(t);
          const nested = nestedCrossValidation({
            outer: outerSplits(t),
            inner: (f) => splitsWithin(f.train, cv.split(f.train.length).splits),
            candidates,
            score,
          }).meanOuterScore;
          const flat = nonNestedScore({ splits: cv.split(data.n).splits, candidates, score });
          trialScores.push({ nested, nonNested: flat.score });
          metrics = { trial: t + 1, trialNested: nested, trialNonNested: flat.score };
        }
        if (done > config.outerFolds) {
          metrics.meanNested = mean(trialScores.map((r) => r.nested));
          metrics.meanNonNested = mean(trialScores.map((r) => r.nonNested));
        }
        return {
          metrics: { samples: data.n, ...metrics },
          arrays: { innerScores: innerScores.slice(), outerScores: outerScores.slice() },
        };
      },
      dispose() {
        // no tensors outlive squaredDistances
      },
    };
  },
});

import { kFold } from '../../sklearn/kFold';
import {
  nestedCrossValidation,
  splitsWithin,
  validationSplit,
  type OuterFold,
} from '../../sklearn/nested';
import { defineExperiment } from '../../training/experiment';
import { SCHEMES, timeSeriesCvJobs } from './timeSeriesCvFolds';
import { timeSeriesCvSetup } from './timeSeriesCvSetup';
import { ridgeOnRows } from './timeSeriesCvRidge';
import { timeSeriesCvConfig } from './timeSeriesCvConfig';
export { timeSeriesCvConfig, type TimeSeriesCvConfig } from './timeSeriesCvConfig';

/** The penalties the inner loop chooses from. */
export const RIDGE_PENALTIES = [0.01, 0.1, 1, 10, 100] as const;
/** Inner folds of the shuffled K-fold's own (equally shuffled) inner loop. */
export const INNER_K = 3;

/**
 * Next-hour activity forecasting by ridge regression, scored by five
 * cross-validation schemes and by the held-out future. Each step is one outer
 * fold: the inner loop picks λ (Cochrane's validation days, or a shuffled
 * 3-fold inside K-fold's training set), the chosen λ is refitted on the outer
 * training data and its mean squared error on the outer test set reported.
 * The data come from the run's seeded generator, so the page can redraw them.
 */
export const timeSeriesCv = defineExperiment({
  name: 'timeSeriesCv',
  config: timeSeriesCvConfig,
  metrics: ['mse', 'scheme', 'fold', 'lambda', 'trainSize', 'testSize'],
  watch: ['mse'],
  totalSteps: (config) => timeSeriesCvJobs({ ...config, shuffleSeed: 0 }).length,
  async create(config, { tf, random }) {
    const { samples, shuffleSeed, jobs } = timeSeriesCvSetup(config, random);
    const penalized = samples.featureNames.map((name) => !name.startsWith('participant'));
    const ridge = ridgeOnRows(tf, samples.x, samples.y, samples.features, penalized);
    const score = (lambda: number, train: readonly number[], test: readonly number[]) =>
      ridge.meanSquaredError(ridge.fit(train, lambda), test);
    const innerKFold = kFold({ nSplits: INNER_K, shuffle: true, randomState: shuffleSeed });
    let next = 0;

    return {
      step() {
        const job = jobs[Math.min(next++, jobs.length - 1)];
        const outer: OuterFold = job.validation.length ? job : { train: job.train, test: job.test };
        const inner = job.validation.length
          ? validationSplit
          : (fold: OuterFold) =>
              splitsWithin(fold.train, innerKFold.split(fold.train.length).splits);
        const {
          folds: [result],
        } = nestedCrossValidation({
          outer: [outer],
          inner,
          candidates: RIDGE_PENALTIES,
          score,
          greaterIsBetter: false,
        });
        return {
          metrics: {
            mse: result.outerScore,
            scheme: SCHEMES.indexOf(job.scheme),
            fold: job.fold,
            lambda: result.chosen,
            trainSize: job.train.length + job.validation.length,
            testSize: job.test.length,
          },
        };
      },
      dispose: () => ridge.dispose(),
    };
  },
});

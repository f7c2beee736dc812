import { kFold } from '../../sklearn/kFold';
import { trainTestSplit } from '../../sklearn/trainTestSplit';
import { defineExperiment, type MetricName, type Metrics } from '../../training/experiment';
import { bestK, knnAccuracyOverK, type KnnData } from '../../sklearn/knnAccuracy';
import { squaredDistances } from '../../sklearn/squaredDistances';
import { foldMeans } from './knnTuningStats';
import { knnTuningConfig } from './knnTuningConfig';
export { knnTuningConfig, type KnnTuningConfig } from './knnTuningConfig';

/** Which stage each step is: 1 the trap, 2 hold-out, 3 one CV fold, 4 the final test. */
export const KNN_STAGE = { trap: 1, holdout: 2, fold: 3, test: 4 } as const;

const KNN_TUNING_METRICS = [
  'samples',
  'trainSize',
  'testSize',
  'stage',
  'trainAccuracyK1',
  'holdoutK',
  'holdoutAccuracy',
  'holdoutSize',
  'fold',
  'foldSize',
  'chosenK',
  'cvAccuracy',
  'cvSd',
  'testAccuracy',
] as const;
type Metric = MetricName<(typeof KNN_TUNING_METRICS)[number]>;

/**
 * The lecture's path to choosing K of a KNN, one stage per step:
 * (1) score every K on the training data itself (K=1 scores 100%);
 * (2) hold out 25% of the training data and score every K on it;
 * (3) one step per fold of `KFold(folds, shuffle=True, random_state=shuffleSeed)`
 *     over the training data, every K scored on the fold left out;
 * (4) the K with the best mean fold score, refitted on all training data, scored
 *     once on the test set (`train_test_split(stratify=y, random_state=splitSeed)`).
 * Distances come from tfjs once; arrays carry every curve so far (fresh copies).
 */
export const knnTuning = defineExperiment({
  name: 'knnTuning',
  config: knnTuningConfig,
  metrics: KNN_TUNING_METRICS,
  watch: [],
  totalSteps: (config) => config.folds + 3,
  async create(config, { tf, loadDataset }) {
    const data = await loadDataset(config.dataset);
    const knn: KnnData = {
      distances: squaredDistances(tf, data.x, data.n, data.d),
      n: data.n,
      labels: data.y,
      classes: data.classes,
    };
    const labels = Array.from(data.y);
    const { train, test } = trainTestSplit(data.n, {
      testSize: config.testSize,
      randomState: config.splitSeed,
      stratify: labels,
    });
    const sorted = [...train].sort((a, b) => a - b);
    const trainLabels = sorted.map((i) => labels[i]);
    const holdout = trainTestSplit(sorted.length, {
      testSize: 0.25,
      randomState: config.splitSeed,
      stratify: trainLabels,
    });
    const folds = kFold({
      nSplits: config.folds,
      shuffle: true,
      randomState: config.shuffleSeed,
    }).split(sorted.length).splits;
    const at = (positions: readonly number[]) => positions.map((p) => sorted[p]);

    const curves = {
      trap: new Float32Array(config.kMax).fill(NaN),
      holdout: new Float32Array(config.kMax).fill(NaN),
      folds: new Float32Array(config.folds * config.kMax).fill(NaN),
    };
    let done = 0;

    return {
      step() {
        done++;
        const base = { samples: data.n, trainSize: sorted.length, testSize: test.length };
        let metrics: Metrics<Metric>;
        if (done === 1) {
          curves.trap.set(knnAccuracyOverK(knn, sorted, sorted, config.kMax));
          metrics = { stage: KNN_STAGE.trap, trainAccuracyK1: curves.trap[0] };
        } else if (done === 2) {
          curves.holdout.set(
            knnAccuracyOverK(knn, at(holdout.train), at(holdout.test), config.kMax),
          );
          const k = bestK(Array.from(curves.holdout));
          metrics = {
            stage: KNN_STAGE.holdout,
            holdoutK: k,
            holdoutAccuracy: curves.holdout[k - 1],
            holdoutSize: holdout.test.length,
          };
        } else if (done <= config.folds + 2) {
          const f = done - 3;
          const fold = folds[f];
          curves.folds.set(
            knnAccuracyOverK(knn, at(fold.train), at(fold.test), config.kMax),
            f * config.kMax,
          );
          metrics = { stage: KNN_STAGE.fold, fold: f + 1, foldSize: fold.test.length };
        } else {
          const { mean, sd } = foldMeans(curves.folds, config.folds, config.kMax);
          const k = bestK(mean);
          const [testAccuracy] = knnAccuracyOverK(knn, sorted, test, k).slice(k - 1);
          metrics = {
            stage: KNN_STAGE.test,
            chosenK: k,
            cvAccuracy: mean[k - 1],
            cvSd: sd[k - 1],
            testAccuracy,
          };
        }
        return {
          metrics: { ...base, ...metrics },
          arrays: {
            trap: curves.trap.slice(),
            holdout: curves.holdout.slice(),
            folds: curves.folds.slice(),
          },
        };
      },
      dispose() {
        // no tensors outlive squaredDistances
      },
    };
  },
});

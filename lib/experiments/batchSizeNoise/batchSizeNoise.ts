import type * as tfc from '@tensorflow/tfjs-core';
import type { Dataset } from '../../training/data/dataset';
import { minibatches } from '../../training/data/minibatches';
import { splitDataset } from '../../training/data/trainTestSplit';
import {
  defineExperiment,
  type MetricName,
  type Metrics,
  type Tf,
} from '../../training/experiment';
import { seededRandom } from '../../random/seeded';
import { batchStatisticSpread } from './batchSizeNoiseSpread';
import { createMlp, evaluate, netVariables, sgdStep } from '../covariateShift/covariateShiftNet';
import { batchSizeNoiseConfig } from './batchSizeNoiseConfig';
export {
  batchSizeNoiseConfig,
  batchSizeNoiseConfigFrom,
  type BatchSizeNoiseConfig,
} from './batchSizeNoiseConfig';

/** The batch sizes at which the spread of the batch statistics is measured. */
export const SPREAD_SIZES = [2, 4, 8, 16, 32, 64, 128, 256] as const;

const oneHot = (tf: Tf, d: Dataset) =>
  tf.tidy(() =>
    tf.cast(tf.oneHot(tf.tensor1d(d.y, 'int32'), d.classes), 'float32'),
  ) as tfc.Tensor2D;

const BATCH_SIZE_NOISE_METRICS = [
  'loss-small',
  'loss-large',
  'train-loss-*',
  'test-loss-*',
  'train-accuracy-*',
  'test-accuracy-*',
  'gap-*-batch',
  'loss-gap-*-batch',
  'spread-mean-m*',
  'spread-var-m*',
  'unit-std',
] as const;
type Metric = MetricName<(typeof BATCH_SIZE_NOISE_METRICS)[number]>;

/**
 * Batch norm's noise and the batch size. Two identical BN MLPs (same initial
 * weights) learn a small digits training set by SGD, one with minibatches of
 * `smallBatch`, one of `largeBatch`; per tick both see `largeBatch` samples
 * (the small-batch net takes largeBatch/smallBatch steps). Each tick reports
 * train and test loss and accuracy in eval mode, the generalisation gap
 * (train − test accuracy), and the spread across real minibatches of the batch
 * mean and variance of one first-layer unit's pre-BN activation.
 */
export const batchSizeNoise = defineExperiment({
  name: 'batchSizeNoise',
  config: batchSizeNoiseConfig,
  metrics: BATCH_SIZE_NOISE_METRICS,
  watch: ['loss-small', 'loss-large'],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    const data = await loadDataset('digits');
    const { train, test } = splitDataset(data, config.testSize, random, config.trainSize);
    const sizes = [data.d, config.width, config.width, data.classes];
    const initSeed = random.fork();
    const nets = {
      small: createMlp(tf, seededRandom(initSeed), 'bn', sizes),
      large: createMlp(tf, seededRandom(initSeed), 'bn', sizes),
    };
    const batches = {
      small: Math.min(config.smallBatch, train.n),
      large: Math.min(config.largeBatch, train.n),
    };
    const nextBatch = {
      small: minibatches(train.n, batches.small, random),
      large: minibatches(train.n, batches.large, random),
    };
    const xTrain = tf.tensor2d(train.x, [train.n, train.d]);
    const yTrain = oneHot(tf, train);
    const xTest = tf.tensor2d(test.x, [test.n, test.d]);
    const yTest = oneHot(tf, test);
    const unit = Math.min(config.unit, config.width - 1);
    const spreadRandom = seededRandom(random.fork());

    const trainOn = (key: 'small' | 'large') => {
      const idx = tf.tensor1d(nextBatch[key](), 'int32');
      const x = tf.gather(xTrain, idx) as tfc.Tensor2D;
      const y = tf.gather(yTrain, idx) as tfc.Tensor2D;
      const loss = sgdStep(tf, nets[key], x, y, config.learningRate);
      tf.dispose([idx, x, y]);
      return loss;
    };

    /** The unit's pre-BN activation z = x·w + b on every training example, at the small-batch net's current weights. */
    const unitActivations = () =>
      tf.tidy(() => {
        const blk = nets.small.blocks[0];
        return tf
          .add(tf.matMul(xTrain, tf.slice(blk.w, [0, unit], [-1, 1])), tf.slice(blk.b, [unit], [1]))
          .dataSync();
      });

    return {
      step() {
        const metrics: Metrics<Metric> = {};
        const perTick = Math.max(1, Math.round(batches.large / batches.small));
        let smallLoss = 0;
        for (let i = 0; i < perTick; i++) smallLoss += trainOn('small') / perTick;
        metrics['loss-small'] = smallLoss;
        metrics['loss-large'] = trainOn('large');
        for (const key of ['small', 'large'] as const) {
          const tr = evaluate(tf, nets[key], xTrain, yTrain);
          const te = evaluate(tf, nets[key], xTest, yTest);
          Object.assign(metrics, {
            [`train-loss-${key}`]: tr.loss,
            [`test-loss-${key}`]: te.loss,
            [`train-accuracy-${key}`]: tr.accuracy,
            [`test-accuracy-${key}`]: te.accuracy,
            [`gap-${key}-batch`]: tr.accuracy - te.accuracy,
            [`loss-gap-${key}-batch`]: te.loss - tr.loss,
          });
        }
        const spread = batchStatisticSpread(
          unitActivations(),
          SPREAD_SIZES,
          config.draws,
          spreadRandom,
        );
        spread.batchSizes.forEach((m, i) => {
          metrics[`spread-mean-m${m}`] = spread.meanSpread[i];
          metrics[`spread-var-m${m}`] = spread.varianceSpread[i];
        });
        metrics['unit-std'] = spread.populationStd;
        return { metrics };
      },
      dispose() {
        tf.dispose([
          ...netVariables(nets.small),
          ...netVariables(nets.large),
          xTrain,
          yTrain,
          xTest,
          yTest,
        ]);
      },
    };
  },
});

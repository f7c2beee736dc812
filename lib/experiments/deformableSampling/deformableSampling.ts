import type * as tfc from '@tensorflow/tfjs-core';
import { subset } from '../../training/data/dataset';
import { minibatches } from '../../training/data/minibatches';
import { splitDataset, testRows } from '../../training/data/trainTestSplit';
import { defineExperiment } from '../../training/experiment';
import { distortedImages } from './deformableSamplingData';
import {
  createDeformableNet,
  deformableNetLogits,
  meanOffsetLength,
  predictOffsets,
} from './deformableSamplingModel';
import { deformableSamplingConfig } from './deformableSamplingConfig';
export {
  deformableSamplingConfig,
  deformableSamplingConfigFrom,
  type DeformableSamplingConfig,
} from './deformableSamplingConfig';

const SIZE = 8;
const EVAL_CHUNK = 64;

/**
 * A digit classifier whose first layer is a 3×3 deformable convolution (Dai et al. 2017),
 * trained with Adam and cross-entropy on 8×8 digits that are randomly rotated and scaled
 * (a new draw for every minibatch; the test digits are distorted once). Every step reports
 * the batch `loss`; at evaluation steps also test `accuracy`, `meanOffset` (mean offset length
 * over the test digits, pixels) and, as arrays, the first `shown` test digits (`images`,
 * shown × 64) and their offsets (`offsets`, shown × 64 locations × 9 taps × (Δy, Δx)).
 */
export const deformableSampling = defineExperiment({
  name: 'deformableSampling',
  config: deformableSamplingConfig,
  metrics: ['loss', 'accuracy', 'meanOffset'],
  watch: ['loss'],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    const data = await loadDataset('digits');
    const { train, test } = splitDataset(data, testRows(data.n, config.testFraction), random);
    const testImages = distortedImages(test.x, SIZE, config, random);
    const xTest = tf.tensor4d(testImages, [test.n, SIZE, SIZE, 1]);
    const net = createDeformableNet(tf, random, config.channels);
    const optimizer = tf.train.adam(config.learningRate);
    const batch = Math.min(config.batchSize, train.n);
    const shown = Math.min(config.shown, test.n);
    const nextBatch = minibatches(train.n, batch, random);
    let step = 0;

    const evaluate = () => {
      let correct = 0;
      for (let start = 0; start < test.n; start += EVAL_CHUNK) {
        const size = Math.min(EVAL_CHUNK, test.n - start);
        const predicted = tf.tidy(() =>
          tf
            .argMax(
              deformableNetLogits(
                tf,
                net,
                tf.slice(xTest, [start, 0, 0, 0], [size, SIZE, SIZE, 1]),
              ),
              1,
            )
            .dataSync(),
        );
        predicted.forEach((p, i) => (correct += p === test.y[start + i] ? 1 : 0));
      }
      const offsets = tf.tidy(() => predictOffsets(tf, net, xTest));
      const meanOffset = meanOffsetLength(tf, offsets);
      const firstOffsets = tf.tidy(
        () => tf.slice(offsets, [0, 0, 0, 0], [shown, SIZE, SIZE, 18]).dataSync() as Float32Array,
      );
      offsets.dispose();
      return {
        metrics: { accuracy: correct / test.n, meanOffset },
        arrays: {
          images: testImages.slice(0, shown * SIZE * SIZE),
          offsets: Float32Array.from(firstOffsets),
        },
      };
    };

    return {
      step() {
        step++;
        const rows = nextBatch();
        const images = distortedImages(subset(train, rows).x, SIZE, config, random);
        const labels = Int32Array.from(rows, (r) => train.y[r]);
        const lossT = optimizer.minimize(
          () =>
            tf.tidy(() =>
              tf.losses.softmaxCrossEntropy(
                tf.oneHot(tf.tensor1d(labels, 'int32'), 10),
                deformableNetLogits(tf, net, tf.tensor4d(images, [batch, SIZE, SIZE, 1])),
              ),
            ) as tfc.Scalar,
          true,
          net.variables,
        );
        const loss = lossT ? lossT.dataSync()[0] : NaN;
        lossT?.dispose();
        if (step === 1 || step % config.evalEvery === 0 || step === config.steps) {
          const { metrics, arrays } = evaluate();
          return { metrics: { loss, ...metrics }, arrays };
        }
        return { metrics: { loss } };
      },
      dispose() {
        optimizer.dispose();
        tf.dispose([xTest, ...net.variables]);
      },
    };
  },
});

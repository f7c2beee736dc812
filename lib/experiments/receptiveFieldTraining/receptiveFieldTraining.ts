import type * as tfc from '@tensorflow/tfjs-core';
import { minibatches } from '../../training/data/minibatches';
import { splitDataset, testRows } from '../../training/data/trainTestSplit';
import { defineExperiment, type Tf } from '../../training/experiment';
import { createStackClassifier, readKernels, stackLogits } from './stackClassifier';
import { receptiveFieldTrainingConfig } from './receptiveFieldTrainingConfig';
export {
  receptiveFieldTrainingConfig,
  type ReceptiveFieldTrainingConfig,
} from './receptiveFieldTrainingConfig';

/** 8×8 digits `[N, 8, 8, 1]` scaled to `size × size` by bilinear interpolation (pixel centres aligned). */
export function upsampleDigits(tf: Tf, images: tfc.Tensor4D, size: number): tfc.Tensor4D {
  return size === 8 ? images : tf.image.resizeBilinear(images, [size, size], false, true);
}

const EVAL_CHUNK = 128;

/**
 * Trains the widget's single-channel stack as a digit classifier: the 8×8 digits upsampled to
 * the stack's input size, the stack, a Linear read-out of its output map to 10 classes,
 * softmax cross-entropy, Adam on seeded minibatches. Only the conv kernels and the read-out
 * learn. Every step reports the batch loss; every `evalEvery` steps, the accuracy on held-out
 * digits and the kernels themselves (`arrays.kernels`, conv layers in order, k² each).
 */
export const receptiveFieldTraining = defineExperiment({
  name: 'receptiveFieldTraining',
  config: receptiveFieldTrainingConfig,
  metrics: ['loss', 'accuracy'],
  watch: ['loss'],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    // The kernels are the first draws of the seed, so the page can show them before step 1.
    const model = createStackClassifier(tf, config.layers, config.inputSize, random);
    const data = await loadDataset('digits');
    const { train, test } = splitDataset(data, testRows(data.n, config.testFraction), random);
    const xTrain = tf.tensor4d(train.x, [train.n, 8, 8, 1]);
    const yTrain = tf.tidy(() => tf.oneHot(tf.tensor1d(train.y, 'int32'), 10));
    const xTest = tf.tensor4d(test.x, [test.n, 8, 8, 1]);
    const optimizer = tf.train.adam(config.learningRate);
    const batch = Math.min(config.batchSize, train.n);
    const nextBatch = minibatches(train.n, batch, random);
    let step = 0;

    const accuracy = () => {
      let correct = 0;
      for (let start = 0; start < test.n; start += EVAL_CHUNK) {
        const size = Math.min(EVAL_CHUNK, test.n - start);
        const predicted = tf.tidy(() => {
          const images = upsampleDigits(
            tf,
            tf.slice(xTest, [start, 0, 0, 0], [size, 8, 8, 1]),
            config.inputSize,
          );
          return tf.argMax(stackLogits(tf, model, images), 1).dataSync();
        });
        predicted.forEach((p, i) => (correct += p === test.y[start + i] ? 1 : 0));
      }
      return correct / test.n;
    };

    return {
      step() {
        step++;
        const picked = nextBatch();
        const lossT = tf.tidy(() => {
          const idx = tf.tensor1d(picked, 'int32');
          const xb = upsampleDigits(tf, tf.gather(xTrain, idx), config.inputSize);
          const yb = tf.gather(yTrain, idx);
          return (
            optimizer.minimize(
              () => tf.losses.softmaxCrossEntropy(yb, stackLogits(tf, model, xb)) as tfc.Scalar,
              true,
              model.variables,
            ) ?? tf.scalar(NaN)
          );
        });
        const loss = lossT.dataSync()[0];
        lossT.dispose();
        if (step % config.evalEvery !== 0 && step !== config.steps) return { metrics: { loss } };
        return { metrics: { loss, accuracy: accuracy() }, arrays: { kernels: readKernels(model) } };
      },
      dispose() {
        optimizer.dispose();
        tf.dispose([xTrain, yTrain, xTest, ...model.variables]);
      },
    };
  },
});

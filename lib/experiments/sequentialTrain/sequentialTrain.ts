import type { Scalar, Tensor } from '@tensorflow/tfjs-core';
import { minibatches } from '../../training/data/minibatches';
import { defineExperiment } from '../../training/experiment';
import { accuracy, crossEntropy, splitForTraining } from './sequentialTrainData';
import {
  buildSequential,
  digitsNetworkProblem,
  parameterVariables,
  sequentialForward,
} from './sequentialTrainModel';
import { sequentialTrainConfig } from './sequentialTrainConfig';
export { sequentialTrainConfig, type SequentialTrainConfig } from './sequentialTrainConfig';

/**
 * Trains the `nn.Sequential` a student built on the 8x8 digits (64 features,
 * 10 classes): PyTorch's default initial weights, minibatch cross-entropy,
 * the optimiser over `model.parameters()`. Reports the minibatch loss and the
 * accuracy on a held-out fifth after every step. A network whose shapes do
 * not fit is refused before the first step with PyTorch's message.
 */
export const sequentialTrain = defineExperiment({
  name: 'sequentialTrain',
  config: sequentialTrainConfig,
  metrics: ['loss', 'accuracy'],
  watch: ['loss'],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    const built = buildSequential(config.layers, random.fork());
    const problem = digitsNetworkProblem(built, config.batchSize);
    const model = built.module;
    if (problem) throw new Error(problem);
    const data = await loadDataset('digits');
    const split = splitForTraining(tf, data, random);
    const nextBatch = minibatches(split.nTrain, config.batchSize, random);
    const vars = parameterVariables(tf, model);
    const optimizer =
      config.optimizer === 'adam'
        ? tf.train.adam(config.learningRate)
        : tf.train.sgd(config.learningRate);
    return {
      step() {
        const idx = tf.tensor1d(nextBatch(), 'int32');
        const lossT = optimizer.minimize(
          () =>
            tf.tidy(() =>
              crossEntropy(
                tf,
                sequentialForward(tf, model, vars, tf.gather(split.trainX, idx)),
                tf.gather(split.trainY, idx),
                data.classes,
              ),
            ) as Scalar,
          true,
          [...vars.values()],
        );
        idx.dispose();
        const loss = lossT ? lossT.dataSync()[0] : NaN;
        lossT?.dispose();
        const logits: Tensor = tf.tidy(() => sequentialForward(tf, model, vars, split.testX));
        const acc = accuracy(tf, logits, split.testY);
        logits.dispose();
        return { metrics: { loss, accuracy: acc } };
      },
      dispose() {
        optimizer.dispose();
        tf.dispose([...vars.values()]);
        split.dispose();
      },
    };
  },
});

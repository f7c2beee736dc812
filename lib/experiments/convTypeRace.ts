import { z } from 'zod';
import type * as tfc from '@tensorflow/tfjs-core';
import { subset, type Dataset } from '../data/dataset';
import { defineExperiment } from '../engine/experiment';
import type { Random } from '../random/seeded';
import { createRaceModel, raceForward } from './convTypeRaceModel';
import { raceNets } from './convTypeRaceNets';

/** The run settings every digit classifier of the lesson shares. */
export const digitRunFields = {
  learningRate: z.number().positive().max(1),
  batchSize: z.number().int().min(1).max(256),
  steps: z.number().int().min(1).max(5000),
  /** Test accuracy is measured every this many steps (and at the last step). */
  evalEvery: z.number().int().min(1).max(1000),
  testFraction: z.number().min(0.05).max(0.5),
};

export const convTypeRaceConfig = z.object({
  width: z.number().int().min(4).max(32),
  groups: z.number().int().min(1).max(32),
  blocks: z.number().int().min(1).max(4),
  ...digitRunFields,
});
export type ConvTypeRaceConfig = z.infer<typeof convTypeRaceConfig>;

/** A seeded train/test split of `n` rows: a shuffled permutation, the first `testFraction` is test. */
export function seededSplit(n: number, testFraction: number, shuffled: (xs: number[]) => number[]) {
  const order = shuffled(Array.from({ length: n }, (_, i) => i));
  const nTest = Math.round(n * testFraction);
  return { test: order.slice(0, nTest).sort((a, b) => a - b), train: order.slice(nTest).sort((a, b) => a - b) };
}

/** The seeded split of a data set's rows as two data sets (one shuffle drawn from `random`). */
export function trainTestSets(data: Dataset, testFraction: number, random: Random) {
  const split = seededSplit(data.n, testFraction, (xs) => random.shuffled(xs));
  return { train: subset(data, split.train), test: subset(data, split.test) };
}

/**
 * Five small CNNs of equal depth (see `raceNets`) trained side by side on the 8×8 digits with
 * Adam and cross-entropy, on the same minibatches. Every step reports each network's batch
 * loss (`loss-<id>`); every `evalEvery` steps, its accuracy on the held-out test images
 * (`accuracy-<id>`).
 */
export const convTypeRace = defineExperiment({
  name: 'convTypeRace',
  config: convTypeRaceConfig,
  watch: ['loss-standard', 'loss-dilated', 'loss-grouped', 'loss-depthwise-separable', 'loss-bottleneck'],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    if (config.width % config.groups !== 0) throw new Error(`groups (${config.groups}) must divide the width (${config.width})`);
    const { train, test } = trainTestSets(await loadDataset('digits'), config.testFraction, random);
    const xTrain = tf.tensor4d(train.x, [train.n, 8, 8, 1]);
    const yTrain = tf.tidy(() => tf.oneHot(tf.tensor1d(train.y, 'int32'), 10));
    const xTest = tf.tensor4d(test.x, [test.n, 8, 8, 1]);
    const models = raceNets(config).map((net) => createRaceModel(tf, random, net));
    const optimizers = models.map(() => tf.train.adam(config.learningRate));
    const batch = Math.min(config.batchSize, train.n);
    let order: number[] = [];
    let step = 0;

    const accuracy = (logits: tfc.Tensor2D) => {
      const predicted = tf.argMax(logits, 1).dataSync();
      let correct = 0;
      predicted.forEach((p, i) => (correct += p === test.y[i] ? 1 : 0));
      return correct / test.n;
    };

    return {
      step() {
        step++;
        if (order.length < batch) order = random.shuffled(Array.from({ length: train.n }, (_, i) => i));
        const idx = tf.tensor1d(order.splice(0, batch), 'int32');
        const xb = tf.gather(xTrain, idx);
        const yb = tf.gather(yTrain, idx);
        const metrics: Record<string, number> = {};
        models.forEach((model, m) => {
          const lossT = optimizers[m].minimize(
            () => tf.losses.softmaxCrossEntropy(yb, raceForward(tf, model, xb)) as tfc.Scalar,
            true,
            model.variables,
          );
          metrics[`loss-${model.net.id}`] = lossT ? lossT.dataSync()[0] : NaN;
          lossT?.dispose();
        });
        tf.dispose([idx, xb, yb]);
        if (step % config.evalEvery === 0 || step === config.steps) {
          for (const model of models) {
            metrics[`accuracy-${model.net.id}`] = tf.tidy(() => accuracy(raceForward(tf, model, xTest)));
          }
        }
        return { metrics };
      },
      dispose() {
        optimizers.forEach((o) => o.dispose());
        tf.dispose([xTrain, yTrain, xTest, ...models.flatMap((m) => m.variables)]);
      },
    };
  },
});

import { z } from 'zod';
import { minibatches } from '../../training/data/minibatches';
import { defineExperiment, type Metrics } from '../../training/experiment';
import { linearFitData } from './linearFitData';

/**
 * The settings a lesson and a reader may give, with their bounds, defaults and
 * descriptions: the widget's props schema extends this one (with its seed), so
 * the bounds are declared once and the worker enforces the same ones.
 */
export const linearFitConfig = z.object({
  inFeatures: z
    .union([z.literal(1), z.literal(2)])
    .default(1)
    .describe('Input features: 1 fits a line, 2 a plane.'),
  optimizer: z.enum(['sgd', 'adam']).default('sgd').describe('The optimiser that takes each step.'),
  learningRate: z.number().positive().max(10).default(0.05).describe('Step size of the optimiser.'),
  noise: z
    .number()
    .min(0)
    .max(5)
    .default(0.3)
    .describe('Standard deviation of the noise added to the targets.'),
  batchSize: z.number().int().min(1).max(256).default(16).describe('Samples per step.'),
  samples: z.number().int().min(8).max(2000).default(128).describe('Size of the data set.'),
  steps: z.number().int().min(1).max(5000).default(300).describe('Steps a full run takes.'),
});
export type LinearFitConfig = z.infer<typeof linearFitConfig>;

/**
 * nn.Linear(inFeatures, 1) fitted with the lecture's loop: zero_grad, forward
 * y = xAᵀ + b, MSE loss, backward, step. Minibatches are drawn without
 * replacement, reshuffled every epoch (DataLoader with shuffle=True). Weights
 * start as PyTorch's: uniform in ±1/sqrt(in_features).
 */
export const linearFit = defineExperiment({
  name: 'linearFit',
  config: linearFitConfig,
  /** `a<j>`: the weight of input feature j. */
  metrics: ['loss', 'batchLoss', 'b', 'a*'],
  watch: ['loss', 'batchLoss'],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random }) {
    const data = linearFitData(config, random);
    const bound = 1 / Math.sqrt(config.inFeatures);
    const init = () => random.uniform() * 2 * bound - bound;
    // Inside tidy so the initial-value tensors are freed once copied into the variables.
    const A = tf.tidy(() =>
      tf.variable(tf.tensor2d([Array.from({ length: config.inFeatures }, init)])),
    );
    const b = tf.tidy(() => tf.variable(tf.tensor1d([init()])));
    const xAll = tf.tensor2d(data.x, [data.n, config.inFeatures]);
    const yAll = tf.tensor2d(data.y, [data.n, 1]);
    const optimizer =
      config.optimizer === 'adam'
        ? tf.train.adam(config.learningRate)
        : tf.train.sgd(config.learningRate);
    const nextBatch = minibatches(data.n, config.batchSize, random);

    const forward = (x: ReturnType<typeof tf.tensor2d>) => tf.add(tf.matMul(x, A, false, true), b);

    return {
      step() {
        const idx = tf.tensor1d(nextBatch(), 'int32');
        const batchLossT = optimizer.minimize(
          () =>
            tf.tidy(() =>
              tf.losses.meanSquaredError(tf.gather(yAll, idx), forward(tf.gather(xAll, idx))),
            ) as ReturnType<typeof tf.scalar>,
          true,
          [A, b],
        );
        idx.dispose();
        const lossT = tf.tidy(() => tf.losses.meanSquaredError(yAll, forward(xAll)));
        const [batchLoss] = batchLossT ? batchLossT.dataSync() : [NaN];
        const [loss] = lossT.dataSync();
        batchLossT?.dispose();
        lossT.dispose();
        const a = A.dataSync();
        const metrics: Metrics<`a${number}`> = {};
        a.forEach((v, j) => (metrics[`a${j}`] = v));
        return { metrics: { loss, batchLoss, b: b.dataSync()[0], ...metrics } };
      },
      dispose() {
        optimizer.dispose();
        tf.dispose([A, b, xAll, yAll]);
      },
    };
  },
});

import { z } from 'zod';

/** One layer of the builder's `nn.Sequential`. */
export const layerSpec = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('linear'),
    inFeatures: z.number().int().min(1).max(512),
    outFeatures: z.number().int().min(1).max(512),
    bias: z.boolean(),
  }),
  z.object({ kind: z.enum(['relu', 'tanh', 'identity', 'flatten']) }),
]);
export type LayerSpec = z.infer<typeof layerSpec>;

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const sequentialTrainConfig = z.object({
  layers: z.array(layerSpec).min(1).max(12),
  optimizer: z.enum(['sgd', 'adam']).default('adam').describe('Optimiser for "Train on digits".'),
  learningRate: z.number().positive().max(5).default(0.01).describe('Learning rate.'),
  batchSize: z
    .number()
    .int()
    .min(1)
    .max(512)
    .default(64)
    .describe('Minibatch size (also the batch of the input shape shown).'),
  steps: z.number().int().min(10).max(3000).default(300).describe('Steps a full run takes.'),
});
export type SequentialTrainConfig = z.infer<typeof sequentialTrainConfig>;

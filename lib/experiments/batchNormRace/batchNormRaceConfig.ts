import { z } from 'zod';

/**
 * The settings a lesson and a reader may give, with their bounds, defaults and
 * descriptions: the widget's props schema extends this one (with its seed), so
 * the bounds are declared once and the worker enforces the same ones. It sits
 * apart from the experiment so that the spec (read by the page, the content
 * check and the worker's list) imports the schema without the training code.
 */
export const batchNormRaceConfig = z.object({
  architecture: z
    .enum(['mlp', 'cnn'])
    .default('mlp')
    .describe(
      'mlp: 64-64-64-10; cnn: two 3x3 convolutions (8 and 16 channels) and a linear read-out.',
    ),
  learningRates: z
    .array(z.number().positive().max(20))
    .min(1)
    .max(6)
    .default([0.01, 0.1, 0.5, 1])
    .describe('SGD learning rates; each trains one network with and one without batch norm.'),
  initScale: z
    .number()
    .positive()
    .max(10)
    .default(1)
    .describe('Multiplier on the He-uniform initial weights ("sub-optimal starts").'),
  batchSize: z.number().int().min(2).max(256).default(64).describe('Samples per minibatch.'),
  steps: z.number().int().min(1).max(5000).default(600).describe('Steps a full run takes.'),
  evalEvery: z
    .number()
    .int()
    .min(1)
    .max(500)
    .default(30)
    .describe('Train and test loss and accuracy are measured every this many steps.'),
});
export type BatchNormRaceConfig = z.infer<typeof batchNormRaceConfig>;

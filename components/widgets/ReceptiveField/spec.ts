import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const receptiveFieldSpec = defineWidget({
  name: 'ReceptiveField',
  title: 'Theoretical and effective receptive field',
  height: 1400,
  experiment: experiments.ReceptiveField,
  summary:
    'Builds a stack of convolutions and average pools and shows, for one output pixel, its theoretical receptive field and its effective one (the input gradient, by tf.grad).',
  props: z.object({
    preset: z
      .enum(['stacked3x3', 'dilated124', 'strided'])
      .default('stacked3x3')
      .describe('The stack to start from: three 3×3 convolutions, dilations 1-2-4, or stride 2.'),
    inputSize: z
      .number()
      .int()
      .min(8)
      .max(64)
      .default(32)
      .describe('Side of the square single-channel input.'),
    weights: z
      .enum(['ones', 'random', 'trained'])
      .default('ones')
      .describe(
        'Kernel weights: all ones, seeded standard-normal draws, or the kernels after training the stack (plus a linear read-out) on the digits in the browser.',
      ),
    seed: z
      .number()
      .int()
      .min(0)
      .default(1)
      .describe(
        'Seed of the random weights, and of the trained run (initial kernels, split, minibatches).',
      ),
    trainSteps: z
      .number()
      .int()
      .min(10)
      .max(2000)
      .default(200)
      .describe('Training steps (Adam, batch 32) when the weights are trained.'),
  }),
  example: '<ReceptiveField preset="dilated124" inputSize={32} weights="trained" />',
});

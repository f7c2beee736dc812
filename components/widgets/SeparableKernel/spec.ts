import { z } from 'zod';
import { defineWidget } from '../spec';

export const separableKernelSpec = defineWidget({
  name: 'SeparableKernel',
  title: 'Is this kernel spatially separable?',
  height: 1000,
  summary:
    'Factorises an editable 3×3 kernel by SVD and filters a handwritten digit with it and with its column and row kernels (tfjs conv2d).',
  props: z.object({
    preset: z
      .enum(['sobelX', 'sobelY', 'box', 'gaussian', 'laplacian', 'random'])
      .default('sobelX')
      .describe('The kernel to start from.'),
    digit: z
      .number()
      .int()
      .min(0)
      .max(5619)
      .default(0)
      .describe('Index of the 8×8 digit image in the data set.'),
    seed: z.number().int().min(0).default(1).describe('Seed of the random kernel.'),
  }),
  example: '<SeparableKernel preset="laplacian" />',
});

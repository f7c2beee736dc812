import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const deformableSamplingSpec = defineWidget({
  name: 'DeformableSampling',
  title: 'Where a deformable convolution looks',
  height: 1000,
  experiment: experiments.DeformableSampling,
  summary:
    'Trains a digit classifier whose first layer is a 3×3 deformable convolution on randomly rotated and scaled 8×8 digits, and draws where its nine taps sample a digit: the regular grid and the learned, bilinearly interpolated positions.',
  props: z.object({
    maxRotation: z
      .number()
      .min(0)
      .max(60)
      .default(40)
      .describe('Largest random rotation of the digits either way, in degrees.'),
    maxScale: z
      .number()
      .min(1)
      .max(1.5)
      .default(1.25)
      .describe('Digits are scaled by a factor between 1/maxScale and maxScale.'),
    learningRate: z.number().positive().max(0.1).default(0.03).describe('Adam step size.'),
    batchSize: z.number().int().min(8).max(128).default(32).describe('Digits per step.'),
    steps: z.number().int().min(20).max(2000).default(300).describe('Steps a full run takes.'),
    seed: z
      .number()
      .int()
      .min(0)
      .default(1)
      .describe('Seed of the split, the distortions, the initial weights and the batches.'),
  }),
  example: '<DeformableSampling maxRotation={40} />',
});

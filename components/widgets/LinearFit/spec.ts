import { z } from 'zod';
import { defineWidget } from '../spec';

export const linearFitSpec = defineWidget({
  name: 'LinearFit',
  title: 'Fitting y = xAᵀ + b with nn.Linear',
  height: 820,
  view: () => import('./LinearFit'),
  experiment: () => import('@/lib/experiments/linearFit').then((m) => m.linearFit),
  summary: 'Fits y = xAᵀ + b to noisy points from a known line or plane with SGD or Adam, live.',
  props: z.object({
    inFeatures: z.union([z.literal(1), z.literal(2)]).default(1).describe('Input features: 1 fits a line, 2 a plane.'),
    optimizer: z.enum(['sgd', 'adam']).default('sgd').describe('The optimiser that takes each step.'),
    learningRate: z.number().positive().max(10).default(0.05).describe('Step size of the optimiser.'),
    noise: z.number().min(0).max(5).default(0.3).describe('Standard deviation of the noise added to the targets.'),
    batchSize: z.number().int().min(1).max(256).default(16).describe('Samples per step.'),
    samples: z.number().int().min(8).max(2000).default(128).describe('Size of the data set.'),
    steps: z.number().int().min(1).max(5000).default(300).describe('Steps a full run takes.'),
    seed: z.number().int().min(0).default(1).describe('Seed of the data, the initial weights and the batches.'),
  }),
  example: '<LinearFit learningRate={0.1} optimizer="adam" />',
});

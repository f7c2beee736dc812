import { z } from 'zod';
import { linearFitConfig } from '@/lib/experiments/linearFit';
import { defineWidget } from '../spec';

export const linearFitSpec = defineWidget({
  name: 'LinearFit',
  title: 'Fitting y = xAᵀ + b with nn.Linear',
  height: 820,
  view: () => import('./LinearFit'),
  experiment: () => import('@/lib/experiments/linearFit').then((m) => m.linearFit),
  summary: 'Fits y = xAᵀ + b to noisy points from a known line or plane with SGD or Adam, live.',
  props: linearFitConfig.extend({
    seed: z.number().int().min(0).default(1).describe('Seed of the data, the initial weights and the batches.'),
  }),
  example: '<LinearFit learningRate={0.1} optimizer="adam" />',
});

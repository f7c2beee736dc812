import { z } from 'zod';
import { linearFitConfig } from '@/lib/experiments/linearFit';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const linearFitSpec = defineWidget({
  name: 'LinearFit',
  title: 'Fitting y = xAᵀ + b with nn.Linear',
  height: 820,
  view: () => import('./LinearFit'),
  experiment: experiments.LinearFit,
  summary: 'Fits y = xAᵀ + b to noisy points from a known line or plane with SGD or Adam, live.',
  props: linearFitConfig.extend({
    seed: z.number().int().min(0).default(1).describe('Seed of the data, the initial weights and the batches.'),
  }),
  example: '<LinearFit learningRate={0.1} optimizer="adam" />',
});

import { z } from 'zod';
import { defineWidget } from '../spec';

export const batchNormRaceSpec = defineWidget({
  name: 'BatchNormRace',
  title: 'With and without batch norm, at several learning rates',
  height: 1000,
  view: () => import('./BatchNormRace'),
  experiment: () => import('@/lib/experiments/batchNormRace').then((m) => m.batchNormRace),
  summary: 'The same MLP or small CNN trained with and without batch norm on the digits, at several learning rates at once, from adjustable initial weight scales.',
  props: z.object({
    architecture: z.enum(['mlp', 'cnn']).default('mlp').describe('mlp: 64-64-64-10; cnn: two 3x3 convolutions (8 and 16 channels) and a linear read-out.'),
    learningRates: z.array(z.number().positive().max(20)).min(1).max(6).default([0.01, 0.1, 0.5, 1]).describe('SGD learning rates; each trains one network with and one without batch norm.'),
    initScale: z.number().positive().max(10).default(1).describe('Multiplier on the He-uniform initial weights ("sub-optimal starts").'),
    batchSize: z.number().int().min(2).max(256).default(64).describe('Samples per minibatch.'),
    steps: z.number().int().min(1).max(5000).default(600).describe('Steps a full run takes.'),
    evalEvery: z.number().int().min(1).max(500).default(20).describe('Train and test loss and accuracy are measured every this many steps.'),
    seed: z.number().int().min(0).default(1).describe('Seed of the train/test split, the initial weights and the batches.'),
  }),
  example: '<BatchNormRace learningRates={[0.1, 1]} initScale={3} />',
});

import { z } from 'zod';
import { defineWidget } from '../spec';

export const landscapeProbeSpec = defineWidget({
  name: 'LandscapeProbe',
  title: 'How smooth is the loss along the gradient?',
  height: 1100,
  view: () => import('./LandscapeProbe'),
  experiment: () => import('@/lib/experiments/landscapeProbe').then((m) => m.landscapeProbe),
  summary: "Santurkar et al.'s Figure 4 live: loss band, gradient predictiveness and effective β-smoothness along the gradient, with and without batch norm.",
  props: z.object({
    learningRate: z.number().positive().max(20).default(0.1).describe('SGD learning rate of both networks.'),
    etaMin: z.number().positive().max(20).default(0.5).describe('Smallest probed step, as a multiple of the learning rate.'),
    etaMax: z.number().positive().max(20).default(4).describe('Largest probed step, as a multiple of the learning rate.'),
    etaPoints: z.number().int().min(1).max(16).default(8).describe('How many step sizes are probed at each step.'),
    hidden: z.number().int().min(4).max(128).default(32).describe('Units in each of the two hidden layers.'),
    batchSize: z.number().int().min(2).max(256).default(32).describe('Samples per minibatch.'),
    initScale: z.number().positive().max(10).default(1).describe('Multiplier on the He-uniform initial weights.'),
    steps: z.number().int().min(1).max(5000).default(400).describe('Steps a full run takes.'),
    window: z.number().int().min(1).max(1000).default(50).describe('The outputs are means over this many latest steps.'),
    seed: z.number().int().min(0).default(1).describe('Seed of the split, the initial weights and the batches.'),
  }),
  example: '<LandscapeProbe learningRate={0.2} />',
});

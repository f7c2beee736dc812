import { z } from 'zod';
import { defineWidget } from '../spec';

export const containersComparedSpec = defineWidget({
  name: 'ContainersCompared',
  title: 'Containers, and the plain-list pitfall',
  height: 1100,
  view: () => import('./ContainersCompared'),
  experiment: () => import('@/lib/experiments/containersTrain').then((m) => m.containersTrain),
  summary: 'Sequential, ModuleList, ModuleDict, ParameterList and ParameterDict side by side, and the plain-list pitfall trained: unregistered layers never change.',
  props: z.object({
    hidden: z.number().int().min(4).max(128).default(32).describe('Width of the two hidden layers.'),
    learningRate: z.number().positive().max(5).default(0.5).describe('SGD learning rate.'),
    batchSize: z.number().int().min(1).max(512).default(32).describe('Minibatch size.'),
    steps: z.number().int().min(10).max(2000).default(300).describe('Steps a full run takes.'),
    seed: z.number().int().min(0).default(0).describe('Seed of the shared initial weights and the batches.'),
  }),
  example: '<ContainersCompared hidden={16} />',
});

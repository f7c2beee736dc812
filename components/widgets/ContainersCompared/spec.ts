import { z } from 'zod';
import { containersTrainConfig } from '@/lib/experiments/containersTrain/containersTrainConfig';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const containersComparedSpec = defineWidget({
  name: 'ContainersCompared',
  title: 'Containers, and the plain-list pitfall',
  height: 1100,
  experiment: experiments.ContainersCompared,
  summary:
    'Sequential, ModuleList, ModuleDict, ParameterList and ParameterDict side by side, and the plain-list pitfall trained: unregistered layers never change.',
  props: containersTrainConfig.extend({
    seed: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Seed of the shared initial weights and the batches.'),
  }),
  example: '<ContainersCompared hidden={16} />',
});

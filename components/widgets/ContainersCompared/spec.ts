import { containersTrainConfig } from '@/lib/experiments/containersTrain/containersTrainConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp, withoutSeed } from '../spec';

export const containersComparedSpec = defineWidget({
  name: 'ContainersCompared',
  title: 'Containers, and the plain-list pitfall',
  height: 1100,
  experiment: experiments.ContainersCompared,
  summary:
    'Sequential, ModuleList, ModuleDict, ParameterList and ParameterDict side by side, and the plain-list pitfall trained: unregistered layers never change.',
  props: containersTrainConfig.extend({
    seed: seedProp(0, 'Seed of the shared initial weights and the batches.'),
  }),
  config: withoutSeed,
  example: '<ContainersCompared hidden={16} />',
});

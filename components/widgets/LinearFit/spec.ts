import { linearFitProps } from '@/lib/experiments/linearFit/linearFitProps';
import { experiments } from '../experiments';
import { defineWidget, withoutSeed } from '../spec';

export const linearFitSpec = defineWidget({
  name: 'LinearFit',
  title: 'Fitting y = xAᵀ + b with nn.Linear',
  height: 820,
  experiment: experiments.LinearFit,
  summary: 'Fits y = xAᵀ + b to noisy points from a known line or plane with SGD or Adam, live.',
  props: linearFitProps,
  config: withoutSeed,
  example: '<LinearFit learningRate={0.1} optimizer="adam" />',
});

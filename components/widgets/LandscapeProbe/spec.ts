import { landscapeProbeConfig } from '@/lib/experiments/landscapeProbe/landscapeProbeConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp, withoutSeed } from '../spec';

export const landscapeProbeSpec = defineWidget({
  name: 'LandscapeProbe',
  title: 'How smooth is the loss along the gradient?',
  height: 1100,
  experiment: experiments.LandscapeProbe,
  summary:
    "Santurkar et al.'s Figure 4 live: loss band, gradient predictiveness and effective β-smoothness along the gradient, with and without batch norm.",
  props: landscapeProbeConfig.extend({
    seed: seedProp(1, 'Seed of the split, the initial weights and the batches.'),
  }),
  config: withoutSeed,
  example: '<LandscapeProbe learningRate={0.2} />',
});

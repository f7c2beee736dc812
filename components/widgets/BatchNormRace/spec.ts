import { batchNormRaceConfig } from '@/lib/experiments/batchNormRace/batchNormRaceConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp, withoutSeed } from '../spec';

export const batchNormRaceSpec = defineWidget({
  name: 'BatchNormRace',
  title: 'With and without batch norm, at several learning rates',
  height: 1000,
  experiment: experiments.BatchNormRace,
  summary:
    'The same MLP or small CNN trained with and without batch norm on the digits, at several learning rates at once, from adjustable initial weight scales.',
  props: batchNormRaceConfig.extend({
    seed: seedProp(1, 'Seed of the train/test split, the initial weights and the batches.'),
  }),
  config: withoutSeed,
  example: '<BatchNormRace learningRates={[0.1, 1]} initScale={3} />',
});

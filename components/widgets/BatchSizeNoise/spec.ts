import {
  batchSizeNoiseConfig,
  batchSizeNoiseConfigFrom,
} from '@/lib/experiments/batchSizeNoise/batchSizeNoiseConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const batchSizeNoiseSpec = defineWidget({
  name: 'BatchSizeNoise',
  title: 'The noise of the batch statistics, and the batch size',
  height: 1100,
  experiment: experiments.BatchSizeNoise,
  summary:
    'How much a unit’s batch mean and variance scatter across real minibatches as the batch size grows (about 1/√m), beside the train/test gap of batch-norm networks trained with small and large batches.',
  props: batchSizeNoiseConfig
    .pick({
      smallBatch: true,
      largeBatch: true,
      learningRate: true,
      trainSize: true,
      steps: true,
      unit: true,
    })
    .extend({
      seed: seedProp(1, 'Seed of the split, the shared initial weights and the batches.'),
    }),
  config: batchSizeNoiseConfigFrom,
  example: '<BatchSizeNoise smallBatch={8} largeBatch={128} />',
});

import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const batchSizeNoiseSpec = defineWidget({
  name: 'BatchSizeNoise',
  title: 'The noise of the batch statistics, and the batch size',
  height: 1100,
  experiment: experiments.BatchSizeNoise,
  summary:
    'How much a unit’s batch mean and variance scatter across real minibatches as the batch size grows (about 1/√m), beside the train/test gap of batch-norm networks trained with small and large batches.',
  props: z.object({
    smallBatch: z
      .number()
      .int()
      .min(2)
      .max(64)
      .default(8)
      .describe('Batch size of the small-batch network.'),
    largeBatch: z
      .number()
      .int()
      .min(16)
      .max(256)
      .default(128)
      .describe('Batch size of the large-batch network.'),
    learningRate: z
      .number()
      .positive()
      .max(2)
      .default(0.05)
      .describe('SGD step size of both networks.'),
    trainSize: z
      .number()
      .int()
      .min(64)
      .max(1397)
      .default(300)
      .describe('Digits in the (deliberately small) training set.'),
    steps: z
      .number()
      .int()
      .min(5)
      .max(1000)
      .default(80)
      .describe('Ticks of a full run; each tick both networks see largeBatch training samples.'),
    unit: z
      .number()
      .int()
      .min(0)
      .max(63)
      .default(0)
      .describe('First-layer unit whose batch statistics are sampled.'),
    seed: z
      .number()
      .int()
      .min(0)
      .default(1)
      .describe('Seed of the split, the shared initial weights and the batches.'),
  }),
  example: '<BatchSizeNoise smallBatch={8} largeBatch={128} />',
});

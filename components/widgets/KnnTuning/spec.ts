import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const knnTuningSpec = defineWidget({
  name: 'KnnTuning',
  title: 'Choosing K for a nearest-neighbour classifier',
  height: 900,
  experiment: experiments.KnnTuning,
  summary:
    'Chooses K of a K-nearest-neighbours classifier the honest way: the training-data trap, a hold-out set, K-fold cross-validation, and one test score.',
  props: z.object({
    dataset: z
      .enum(['iris', 'digits'])
      .default('iris')
      .describe('The data set: iris (150 flowers) or the 8x8 digits (1,797 images).'),
    folds: z
      .union([z.literal(2), z.literal(5), z.literal(10)])
      .default(5)
      .describe('Folds of the cross-validation.'),
    kMax: z.number().int().min(3).max(40).default(25).describe('Largest K tried (K = 1..kMax).'),
    testSize: z.number().gt(0).lt(1).default(0.3).describe('Fraction set aside as the test set.'),
    splitSeed: z.number().int().min(0).default(0).describe('random_state of the train/test split.'),
    shuffleSeed: z.number().int().min(0).default(0).describe('random_state of the shuffled KFold.'),
  }),
  example: '<KnnTuning dataset="digits" folds={10} />',
});

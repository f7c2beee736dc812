import { z } from 'zod';
import { knnTuningConfig } from '@/lib/experiments/knnTuning/knnTuningConfig';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const knnTuningSpec = defineWidget({
  name: 'KnnTuning',
  title: 'Choosing K for a nearest-neighbour classifier',
  height: 900,
  experiment: experiments.KnnTuning,
  summary:
    'Chooses K of a K-nearest-neighbours classifier the honest way: the training-data trap, a hold-out set, K-fold cross-validation, and one test score.',
  props: knnTuningConfig.extend({
    // The fold counts the lesson compares.
    folds: z
      .union([z.literal(2), z.literal(5), z.literal(10)])
      .default(5)
      .describe('Folds of the cross-validation.'),
  }),
  config: (props) => props,
  example: '<KnnTuning dataset="digits" folds={10} />',
});

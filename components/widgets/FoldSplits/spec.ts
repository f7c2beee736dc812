import { z } from 'zod';
import { defineWidget } from '../spec';

export const SPLITTERS = [
  'KFold',
  'StratifiedKFold',
  'GroupKFold',
  'TimeSeriesSplit',
  'LeaveOneOut',
  'ShuffleSplit',
  'StratifiedShuffleSplit',
] as const;

export const foldSplitsSpec = defineWidget({
  name: 'FoldSplits',
  title: 'Which samples train and which test, split by split',
  height: 640,
  summary:
    "Draws the train / test indices of a scikit-learn 1.2 splitter on a small labelled, grouped data set (plot_cv_indices, live), with scikit-learn's errors and the code.",
  props: z.object({
    splitter: z.enum(SPLITTERS).default('KFold').describe('The scikit-learn cross-validator.'),
    samples: z
      .number()
      .int()
      .min(2)
      .max(120)
      .default(30)
      .describe('Number of samples in the data set.'),
    nSplits: z
      .number()
      .int()
      .min(0)
      .max(30)
      .default(5)
      .describe("n_splits (values below 2 show scikit-learn's error)."),
    shuffle: z.boolean().default(false).describe('shuffle, for KFold and StratifiedKFold.'),
    randomState: z
      .number()
      .int()
      .min(-1)
      .default(-1)
      .describe('random_state; -1 means None (shuffle splitters then use 0).'),
    testSize: z
      .number()
      .min(0)
      .max(200)
      .default(0)
      .describe('test_size: a fraction in (0, 1), a sample count, or 0 for None (the default).'),
    maxTrainSize: z
      .number()
      .int()
      .min(0)
      .max(200)
      .default(0)
      .describe('max_train_size of TimeSeriesSplit; 0 means None.'),
    gap: z.number().int().min(0).max(100).default(0).describe('gap of TimeSeriesSplit.'),
  }),
  example: '<FoldSplits splitter="StratifiedKFold" nSplits={4} />',
});

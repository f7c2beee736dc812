import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const csvCrossValidationSpec = defineWidget({
  name: 'CsvCrossValidation',
  title: 'K-fold cross-validation on your own data',
  height: 620,
  experiment: experiments.CsvCrossValidation,
  summary:
    'K-fold cross-validation of a KNN or ridge model on a CSV file the reader loads; the file never leaves the browser.',
  props: z.object({
    model: z
      .enum(['knn', 'ridge'])
      .default('knn')
      .describe('KNN (a vote or mean of the nearest rows) or ridge (RidgeClassifier for classes).'),
    kFolds: z.number().int().min(2).max(10).default(5).describe('Folds of the shuffled K-fold.'),
    neighbours: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(5)
      .describe('K of the nearest-neighbour model.'),
    lambda: z.number().min(0).max(1000).default(1).describe('Penalty of the ridge model.'),
    seed: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe("random_state of scikit-learn's shuffled KFold."),
  }),
  example: '<CsvCrossValidation model="ridge" kFolds={10} />',
});

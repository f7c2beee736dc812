import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const nestedCvSpec = defineWidget({
  name: 'NestedCv',
  title: 'Nested cross-validation: tuning K inside every outer fold',
  height: 900,
  experiment: experiments.NestedCv,
  summary:
    'Nested cross-validation of the K of a nearest-neighbour classifier: an inner search inside every outer fold, the outer scores, and the optimistic non-nested score beside the nested one.',
  props: z.object({
    dataset: z.enum(['iris', 'digits']).default('iris').describe('The data set.'),
    outerFolds: z
      .number()
      .int()
      .min(2)
      .max(10)
      .default(5)
      .describe('Folds of the outer loop (the estimate).'),
    innerFolds: z
      .number()
      .int()
      .min(2)
      .max(10)
      .default(4)
      .describe('Folds of the inner loop (the search for K).'),
    kMax: z.number().int().min(2).max(30).default(20).describe('Candidates K = 1..kMax.'),
    outerSeed: z.number().int().min(0).default(0).describe('random_state of the outer KFold.'),
    innerSeed: z.number().int().min(0).default(1).describe('random_state of the inner KFold.'),
    trials: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(10)
      .describe('Repeats with the next seeds, to average nested and non-nested scores.'),
  }),
  example: '<NestedCv outerFolds={4} innerFolds={3} />',
});

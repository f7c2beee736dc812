import { z } from 'zod';

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const nestedCvConfig = z.object({
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
});
export type NestedCvConfig = z.infer<typeof nestedCvConfig>;

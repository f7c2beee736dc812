import { z } from 'zod';

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const knnTuningConfig = z.object({
  dataset: z
    .enum(['iris', 'digits'])
    .default('iris')
    .describe('The data set: iris (150 flowers) or the 8x8 digits (1,797 images).'),
  folds: z.number().int().min(2).max(10).default(5).describe('Folds of the cross-validation.'),
  kMax: z.number().int().min(3).max(40).default(25).describe('Largest K tried (K = 1..kMax).'),
  testSize: z.number().gt(0).lt(1).default(0.3).describe('Fraction set aside as the test set.'),
  splitSeed: z.number().int().min(0).default(0).describe('random_state of the train/test split.'),
  shuffleSeed: z.number().int().min(0).default(0).describe('random_state of the shuffled KFold.'),
});
export type KnnTuningConfig = z.infer<typeof knnTuningConfig>;

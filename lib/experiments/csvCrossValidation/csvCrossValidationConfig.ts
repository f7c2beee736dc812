import { z } from 'zod';
import type { NumericTable } from '../../site/numericTable';

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const csvCrossValidationConfig = z.object({
  /** n × d features, row-major. */
  x: z.array(z.number()),
  /** Class indices (classification) or values (regression). */
  y: z.array(z.number()),
  d: z.number().int().min(1),
  task: z.enum(['classification', 'regression']),
  classes: z.number().int().min(0),
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
  /** scikit-learn's `KFold(shuffle=True, random_state=...)`. */
  shuffleSeed: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe("random_state of scikit-learn's shuffled KFold."),
});
export type CsvCrossValidationConfig = z.infer<typeof csvCrossValidationConfig>;

/** The widget's settings as the run's (its seed is the KFold's random_state), without the table. */
export function csvRunSettings(
  settings: Pick<CsvCrossValidationConfig, 'model' | 'kFolds' | 'neighbours' | 'lambda'> & {
    seed: number;
  },
) {
  return {
    model: settings.model,
    kFolds: settings.kFolds,
    neighbours: settings.neighbours,
    lambda: settings.lambda,
    shuffleSeed: settings.seed,
  };
}

/** The run on the table the reader loaded: no more folds than it has rows. */
export function csvCrossValidationConfigFrom(
  settings: Parameters<typeof csvRunSettings>[0],
  table: NumericTable,
): CsvCrossValidationConfig {
  return {
    x: Array.from(table.x),
    y: Array.from(table.y),
    d: table.d,
    task: table.task,
    classes: table.classNames.length,
    ...csvRunSettings(settings),
    kFolds: Math.min(settings.kFolds, table.n),
  };
}

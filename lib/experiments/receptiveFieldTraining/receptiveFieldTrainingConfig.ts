import { z } from 'zod';
import { digitRunFields } from '../convTypeRace/convTypeRaceConfig';

const stackLayer = z.object({
  type: z.enum(['conv', 'pool']),
  kernel: z.number().int().min(1).max(9),
  stride: z.number().int().min(1).max(4),
  padding: z.number().int().min(0).max(16),
  dilation: z.number().int().min(1).max(8),
});

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const receptiveFieldTrainingConfig = z.object({
  layers: z.array(stackLayer).min(1).max(6),
  inputSize: z
    .number()
    .int()
    .min(8)
    .max(64)
    .default(32)
    .describe('Side of the square single-channel input.'),
  /** The kernels are reported with every test accuracy. */
  ...digitRunFields,
  steps: z
    .number()
    .int()
    .min(10)
    .max(2000)
    .default(200)
    .describe('Training steps (Adam, batch 32) when the weights are trained.'),
});
export type ReceptiveFieldTrainingConfig = z.infer<typeof receptiveFieldTrainingConfig>;

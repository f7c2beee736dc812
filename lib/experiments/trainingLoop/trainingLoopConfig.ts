import { z } from 'zod';
import { TRAINING_LOOP_STEPS } from './trainingLoopData';

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const trainingLoopConfig = z.object({
  learningRate: z.number().positive().max(0.1).default(0.05).describe('lr of torch.optim.SGD.'),
  steps: z.number().int().min(1),
  /** `torch.manual_seed` before `nn.Linear(1, 1)`: the same starting weight and bias as PyTorch. */
  torchSeed: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(0)
    .describe('torch.manual_seed before nn.Linear(1, 1): the starting weight and bias.'),
  /** Skip `optimizer.zero_grad()`, so every step adds its gradient to the last ones. */
  skipZeroGrad: z
    .boolean()
    .default(false)
    .describe('Start with optimizer.zero_grad() skipped, so gradients accumulate.'),
});
export type TrainingLoopConfig = z.infer<typeof trainingLoopConfig>;

/** The widget's run: TRAINING_LOOP_STEPS steps of the loop from the widget's seed. */
export function trainingLoopConfigFrom(settings: {
  learningRate: number;
  seed: number;
  skipZeroGrad: boolean;
}): TrainingLoopConfig {
  return {
    learningRate: settings.learningRate,
    steps: TRAINING_LOOP_STEPS,
    torchSeed: settings.seed,
    skipZeroGrad: settings.skipZeroGrad,
  };
}

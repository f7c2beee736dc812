import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const trainingLoopStepperSpec = defineWidget({
  name: 'TrainingLoopStepper',
  title: 'The training loop, one line at a time',
  height: 900,
  experiment: experiments.TrainingLoopStepper,
  summary:
    "The lecture's training loop (zero_grad, forward, loss, backward, step) on nn.Linear(1, 1), one line at a time with .grad and the weights after each, then 200 real steps with the loss curve.",
  props: z.object({
    learningRate: z.number().positive().max(0.1).default(0.05).describe('lr of torch.optim.SGD.'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(1000)
      .default(0)
      .describe('torch.manual_seed before nn.Linear(1, 1): the starting weight and bias.'),
    skipZeroGrad: z
      .boolean()
      .default(false)
      .describe('Start with optimizer.zero_grad() skipped, so gradients accumulate.'),
  }),
  example: '<TrainingLoopStepper learningRate={0.05} />',
});

import {
  trainingLoopConfig,
  trainingLoopConfigFrom,
} from '@/lib/experiments/trainingLoop/trainingLoopConfig';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const trainingLoopStepperSpec = defineWidget({
  name: 'TrainingLoopStepper',
  title: 'The training loop, one line at a time',
  height: 900,
  experiment: experiments.TrainingLoopStepper,
  summary:
    "The lecture's training loop (zero_grad, forward, loss, backward, step) on nn.Linear(1, 1), one line at a time with .grad and the weights after each, then 200 real steps with the loss curve.",
  props: trainingLoopConfig
    .pick({ learningRate: true, skipZeroGrad: true })
    .extend({ seed: trainingLoopConfig.shape.torchSeed }),
  config: trainingLoopConfigFrom,
  example: '<TrainingLoopStepper learningRate={0.05} />',
});

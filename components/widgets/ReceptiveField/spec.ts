import { z } from 'zod';
import { presetStack } from '@/lib/pytorch/conv/receptiveFieldPresets';
import { receptiveFieldTrainingConfig } from '@/lib/experiments/receptiveFieldTraining/receptiveFieldTrainingConfig';
import { stackTrainingConfig } from '@/lib/experiments/receptiveFieldTraining/stackTrainingRun';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const receptiveFieldSpec = defineWidget({
  name: 'ReceptiveField',
  title: 'Theoretical and effective receptive field',
  height: 1400,
  experiment: experiments.ReceptiveField,
  summary:
    'Builds a stack of convolutions and average pools and shows, for one output pixel, its theoretical receptive field and its effective one (the input gradient, by tf.grad).',
  props: receptiveFieldTrainingConfig.pick({ inputSize: true }).extend({
    preset: z
      .enum(['stacked3x3', 'dilated124', 'strided'])
      .default('stacked3x3')
      .describe('The stack to start from: three 3×3 convolutions, dilations 1-2-4, or stride 2.'),
    weights: z
      .enum(['ones', 'random', 'trained'])
      .default('ones')
      .describe(
        'Kernel weights: all ones, seeded standard-normal draws, or the kernels after training the stack (plus a linear read-out) on the digits in the browser.',
      ),
    seed: seedProp(
      1,
      'Seed of the random weights, and of the trained run (initial kernels, split, minibatches).',
    ),
    trainSteps: receptiveFieldTrainingConfig.shape.steps,
  }),
  config: (props) =>
    stackTrainingConfig(presetStack(props.preset), props.inputSize, props.trainSteps),
  example: '<ReceptiveField preset="dilated124" inputSize={32} weights="trained" />',
});

import {
  deformableSamplingConfig,
  deformableSamplingConfigFrom,
} from '@/lib/experiments/deformableSampling/deformableSamplingConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const deformableSamplingSpec = defineWidget({
  name: 'DeformableSampling',
  title: 'Where a deformable convolution looks',
  height: 1000,
  experiment: experiments.DeformableSampling,
  summary:
    'Trains a digit classifier whose first layer is a 3×3 deformable convolution on randomly rotated and scaled 8×8 digits, and draws where its nine taps sample a digit: the regular grid and the learned, bilinearly interpolated positions.',
  props: deformableSamplingConfig
    .pick({ maxRotation: true, maxScale: true, learningRate: true, batchSize: true, steps: true })
    .extend({
      seed: seedProp(1, 'Seed of the split, the distortions, the initial weights and the batches.'),
    }),
  config: deformableSamplingConfigFrom,
  example: '<DeformableSampling maxRotation={40} />',
});

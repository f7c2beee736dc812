import { z } from 'zod';
import {
  convTypeRaceConfig,
  convTypeRaceConfigFrom,
} from '@/lib/experiments/convTypeRace/convTypeRaceConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const convTypeRaceSpec = defineWidget({
  name: 'ConvTypeRace',
  title: 'Five convolution types, trained side by side',
  height: 1100,
  experiment: experiments.ConvTypeRace,
  summary:
    'Trains five small CNNs of equal depth (standard, dilated, grouped, depthwise-separable, pointwise bottleneck) on the 8×8 digits side by side, with their parameters, MACs and test accuracy.',
  props: convTypeRaceConfig
    .pick({ blocks: true, learningRate: true, batchSize: true, steps: true })
    .extend({
      // The lesson's choices: the widths and group counts its figures are drawn for.
      width: z
        .union([z.literal(8), z.literal(16)])
        .default(8)
        .describe('Channels of every 3×3 stage.'),
      groups: z
        .union([z.literal(1), z.literal(2), z.literal(4), z.literal(8)])
        .default(4)
        .describe('Groups of the grouped network (divides the width).'),
      seed: seedProp(1, 'Seed of the train/test split, the initial weights and the batches.'),
    }),
  config: convTypeRaceConfigFrom,
  example: '<ConvTypeRace groups={4} />',
});

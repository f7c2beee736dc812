import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const convTypeRaceSpec = defineWidget({
  name: 'ConvTypeRace',
  title: 'Five convolution types, trained side by side',
  height: 1100,
  experiment: experiments.ConvTypeRace,
  summary:
    'Trains five small CNNs of equal depth (standard, dilated, grouped, depthwise-separable, pointwise bottleneck) on the 8×8 digits side by side, with their parameters, MACs and test accuracy.',
  props: z.object({
    width: z
      .union([z.literal(8), z.literal(16)])
      .default(8)
      .describe('Channels of every 3×3 stage.'),
    groups: z
      .union([z.literal(1), z.literal(2), z.literal(4), z.literal(8)])
      .default(4)
      .describe('Groups of the grouped network (divides the width).'),
    blocks: z.number().int().min(1).max(3).default(2).describe('3×3 stages after the shared stem.'),
    learningRate: z
      .number()
      .positive()
      .max(0.1)
      .default(0.02)
      .describe('Adam step size, the same for every network.'),
    batchSize: z
      .number()
      .int()
      .min(8)
      .max(128)
      .default(32)
      .describe('Images per step (every network sees the same minibatch).'),
    steps: z.number().int().min(20).max(2000).default(300).describe('Steps a full run takes.'),
    seed: z
      .number()
      .int()
      .min(0)
      .default(1)
      .describe('Seed of the train/test split, the initial weights and the batches.'),
  }),
  example: '<ConvTypeRace groups={4} />',
});

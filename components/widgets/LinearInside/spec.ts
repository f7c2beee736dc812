import { z } from 'zod';
import { defineWidget } from '../spec';

export const linearInsideSpec = defineWidget({
  name: 'LinearInside',
  title: 'Inside nn.Linear',
  height: 760,
  summary:
    'nn.Linear from the inside: shapes, parameter count, the kaiming-uniform bounds, PyTorch’s exact initial weights for a seed, y = xAᵀ + b, and F.linear’s route.',
  props: z.object({
    inFeatures: z.number().int().min(1).max(1024).default(64).describe('in_features.'),
    outFeatures: z.number().int().min(1).max(1024).default(32).describe('out_features.'),
    bias: z.boolean().default(true).describe('Whether the layer has a bias.'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .default(0)
      .describe('torch.manual_seed before the layer is built.'),
    inputRank: z
      .number()
      .int()
      .min(1)
      .max(4)
      .default(2)
      .describe('Rank of the input shown in the F.linear route.'),
  }),
  example: '<LinearInside inFeatures={3} outFeatures={2} />',
});

import { z } from 'zod';
import { defineWidget } from '../spec';

const size = (max: number, fallback: number, text: string) =>
  z.number().int().min(1).max(max).default(fallback).describe(text);

export const convCostSpec = defineWidget({
  name: 'ConvCost',
  title: 'What each convolution costs',
  height: 900,
  summary:
    'Parameters and multiply-accumulates of eight convolution types for sizes the student picks, with the formulas filled in.',
  props: z.object({
    C: size(1024, 32, 'Input channels C.'),
    M: size(1024, 64, 'Output channels M (filters).'),
    K: size(15, 3, 'Kernel size K (K×K).'),
    H: size(512, 56, 'Height H of the output map (of the input map for transposed).'),
    W: size(512, 56, 'Width W of the output map (of the input map for transposed).'),
    g: size(1024, 4, 'Groups g of the grouped convolution; must divide C and M.'),
    scale: z.enum(['log', 'linear']).default('log').describe('Scale of the bar charts.'),
  }),
  example: '<ConvCost C={32} M={64} K={3} H={56} W={56} g={4} />',
});

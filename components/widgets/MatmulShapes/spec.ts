import { z } from 'zod';
import { defineWidget } from '../spec';

const shapeText = z
  .string()
  .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/)
  .max(40);

export const matmulShapesSpec = defineWidget({
  name: 'MatmulShapes',
  title: 'torch.matmul and torch.addmm: which shapes multiply',
  height: 560,
  summary:
    'torch.matmul and torch.addmm shapes: the rule step by step, PyTorch’s exact error, and tfjs multiplying tensors of those shapes.',
  props: z.object({
    a: shapeText
      .default('5,2,3')
      .describe('Shape of the first operand, comma-separated (e.g. "5,2,3").'),
    b: shapeText.default('3,4').describe('Shape of the second operand.'),
    bias: shapeText.default('4').describe('Shape of the bias for torch.addmm(bias, m1, m2).'),
    seed: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Seed of the random tensors multiplied by Run.'),
  }),
  example: '<MatmulShapes a="2,1,3,4" b="5,4,2" />',
});

import { z } from 'zod';
import { EXAMPLE_KERNELS } from '@/lib/pytorch/conv/exampleKernels';
import { defineWidget } from '../spec';

export const convArithmeticSpec = defineWidget({
  name: 'ConvArithmetic',
  title: 'Convolution arithmetic on a digit: direct and transposed',
  height: 1200,
  summary:
    "The conv_arithmetic animation, live: a kernel sliding over a real digit with stride, padding and dilation, or a transposed convolution drawn as its equivalent direct convolution, computed by tfjs and checked against PyTorch's size formula.",
  props: z.object({
    mode: z
      .enum(['direct', 'transposed'])
      .default('direct')
      .describe('Conv2d, or ConvTranspose2d drawn on its zero-inserted input.'),
    kernel: z.number().int().min(1).max(5).default(3).describe('Kernel size K.'),
    stride: z.number().int().min(1).max(3).default(1).describe('Stride s.'),
    padding: z
      .union([z.number().int().min(0).max(3), z.enum(['same', 'valid'])])
      .default(1)
      .describe("Padding p: an int, or 'same' / 'valid' (direct mode)."),
    dilation: z.number().int().min(1).max(3).default(1).describe('Dilation d (direct mode).'),
    outputPadding: z
      .number()
      .int()
      .min(0)
      .max(2)
      .default(0)
      .describe('output_padding (transposed mode; must be smaller than the stride).'),
    filter: z
      .enum(EXAMPLE_KERNELS as [string, ...string[]])
      .default('vertical-edges')
      .describe("The kernel's values."),
    sample: z
      .number()
      .int()
      .min(0)
      .max(1796)
      .default(0)
      .describe('Which digit of the data set to convolve.'),
  }),
  example: '<ConvArithmetic mode="transposed" stride={2} padding={1} />',
});

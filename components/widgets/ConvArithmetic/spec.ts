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
  ko: {
    title: '숫자 이미지로 보는 합성곱 산술: 합성곱과 전치 합성곱',
    summary:
      'conv_arithmetic 애니메이션을 직접 움직여 봅니다. 실제 숫자 이미지 위에서 스트라이드, 패딩, 팽창에 따라 커널을 밀거나, 전치 합성곱을 그와 같은 보통의 합성곱으로 그립니다. 계산은 tfjs로 하고 PyTorch의 크기 공식과 맞춰 봅니다.',
    props: {
      mode: 'Conv2d, 또는 0을 끼워 넣은 입력 위에 그린 ConvTranspose2d.',
      kernel: '커널 크기 K.',
      stride: '스트라이드 s.',
      padding: "패딩 p: 정수, 또는 'same' / 'valid'(direct 모드).",
      dilation: '팽창 d(direct 모드).',
      outputPadding: 'output_padding(transposed 모드. 스트라이드보다 작아야 합니다).',
      filter: '커널의 값.',
      sample: '합성곱할 숫자 이미지의 데이터 세트 번호.',
    },
  },
});

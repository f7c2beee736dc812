import { z } from 'zod';
import { defineWidget } from '../spec';

export const separableKernelSpec = defineWidget({
  name: 'SeparableKernel',
  title: 'Is this kernel spatially separable?',
  height: 1000,
  summary:
    'Factorises an editable 3×3 kernel by SVD and filters a handwritten digit with it and with its column and row kernels (tfjs conv2d).',
  props: z.object({
    preset: z
      .enum(['sobelX', 'sobelY', 'box', 'gaussian', 'laplacian', 'random'])
      .default('sobelX')
      .describe('The kernel to start from.'),
    digit: z
      .number()
      .int()
      .min(0)
      .max(5619)
      .default(0)
      .describe('Index of the 8×8 digit image in the data set.'),
    seed: z.number().int().min(0).default(1).describe('Seed of the random kernel.'),
  }),
  example: '<SeparableKernel preset="laplacian" />',
  ko: {
    title: '이 커널은 공간 분리가 가능할까요?',
    summary:
      '편집할 수 있는 3×3 커널을 SVD로 분해하고, 손글씨 숫자 하나를 그 커널로, 그리고 그 열 커널과 행 커널로 거릅니다(tfjs conv2d).',
    props: {
      preset: '처음 보여 줄 커널.',
      digit: '데이터 세트에서 8×8 숫자 이미지의 번호.',
      seed: '무작위 커널의 시드.',
    },
  },
});

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
  ko: {
    title: '합성곱 종류별 비용',
    summary:
      '학생이 고른 크기에서 여덟 가지 합성곱의 파라미터 수와 곱셈-누산 횟수(MACs)를 세고, 공식에 그 숫자를 넣어 보여 줍니다.',
    props: {
      C: '입력 채널 수 C.',
      M: '출력 채널 수 M(필터 개수).',
      K: '커널 크기 K(K×K).',
      H: '출력 맵의 높이 H(전치 합성곱에서는 입력 맵의 높이).',
      W: '출력 맵의 너비 W(전치 합성곱에서는 입력 맵의 너비).',
      g: '그룹 합성곱의 그룹 수 g. C와 M을 모두 나누어야 합니다.',
      scale: '막대그래프의 눈금.',
    },
  },
});

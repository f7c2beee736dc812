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
  ko: {
    title: 'nn.Linear의 내부',
    summary:
      'nn.Linear를 안에서 봅니다: 모양, 파라미터 수, 카이밍 균등 초기화의 경계, 시드마다 PyTorch가 뽑는 초기 가중치 그대로의 값, y = xAᵀ + b, 그리고 F.linear가 거치는 경로.',
    props: {
      inFeatures: 'in_features(입력 특성 수).',
      outFeatures: 'out_features(출력 특성 수).',
      bias: '층에 편향(bias)이 있는지 여부.',
      seed: '층을 만들기 전에 호출하는 torch.manual_seed의 값.',
      inputRank: 'F.linear의 경로에서 보여 줄 입력의 차원 수.',
    },
  },
});

import { z } from 'zod';
import { defineWidget } from '../spec';

export const batchNormStepSpec = defineWidget({
  name: 'BatchNormStep',
  title: 'One batch-norm step, by hand',
  height: 900,
  summary:
    'One nn.BatchNorm1d / BatchNorm2d step on a batch you edit: statistics, x̂, y, running statistics and the backward pass, each beside its formula.',
  props: z.object({
    kind: z
      .enum(['BatchNorm1d', 'BatchNorm2d'])
      .default('BatchNorm1d')
      .describe(
        'The layer: BatchNorm1d takes N x C (or N x C x L), BatchNorm2d takes N x C x H x W.',
      ),
    shape: z
      .string()
      .max(40)
      .default('4, 3')
      .describe('Shape of the input batch, sizes separated by commas.'),
    values: z
      .string()
      .max(2000)
      .default('1, 2, 0.5; 3, 0, 1.5; 2, 4, -0.5; 6, 2, 1.5')
      .describe('Input values in row-major order (commas, spaces or semicolons between them).'),
    numFeatures: z
      .number()
      .int()
      .min(1)
      .max(16)
      .default(3)
      .describe('num_features of the layer (must equal the input’s C).'),
    gamma: z.string().max(200).default('1, 1, 1').describe('γ (weight), one value per channel.'),
    beta: z.string().max(200).default('0, 0, 0').describe('β (bias), one value per channel.'),
    eps: z.number().min(0).max(1).default(1e-5).describe('eps added to the variance.'),
    momentum: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .default(0.1)
      .describe(
        'momentum of the running statistics; null is PyTorch’s momentum=None (cumulative average).',
      ),
    training: z
      .boolean()
      .default(true)
      .describe('Training mode (batch statistics) or eval mode (running statistics).'),
    grad: z
      .string()
      .max(2000)
      .default('1, 0, 0; 0, 1, 0; 0, 0, 1; 1, 1, 1')
      .describe('Upstream gradient ∂L/∂y, same layout as the input.'),
  }),
  ko: {
    title: '배치 정규화 한 단계, 손으로',
    summary:
      '직접 고친 배치에 대한 nn.BatchNorm1d / BatchNorm2d 한 단계: 통계량, x̂, y, 이동 통계량과 역전파를 각각 그 식 옆에 보여 줍니다.',
    props: {
      kind: '층: BatchNorm1d는 N x C(또는 N x C x L), BatchNorm2d는 N x C x H x W를 받습니다.',
      shape: '입력 배치의 모양. 크기를 쉼표로 구분합니다.',
      values: '행 우선 순서의 입력값(사이에 쉼표, 공백 또는 세미콜론).',
      numFeatures: '층의 num_features(입력의 C와 같아야 합니다).',
      gamma: 'γ(weight), 채널마다 값 하나.',
      beta: 'β(bias), 채널마다 값 하나.',
      eps: '분산에 더하는 eps.',
      momentum: '이동 통계량의 momentum. null은 PyTorch의 momentum=None(누적 평균)입니다.',
      training: '훈련 모드(배치 통계량) 또는 평가 모드(이동 통계량).',
      grad: '위에서 내려온 기울기 ∂L/∂y. 입력과 같은 순서로 씁니다.',
    },
  },
  example:
    '<BatchNormStep kind="BatchNorm2d" shape="2, 2, 2, 2" numFeatures={2} values="1, 2, 3, 4; 0, 1, 0, 1; 2, 2, 6, 4; 1, 0, 1, 0" grad="1, 0, 0, 0; 0, 1, 0, 0; 0, 0, 1, 0; 0, 0, 0, 1" gamma="1, 1" beta="0, 0" />',
});

import { z } from 'zod';
import {
  convTypeRaceConfig,
  convTypeRaceConfigFrom,
} from '@/lib/experiments/convTypeRace/convTypeRaceConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const convTypeRaceSpec = defineWidget({
  name: 'ConvTypeRace',
  title: 'Five convolution types, trained side by side',
  height: 1100,
  experiment: experiments.ConvTypeRace,
  summary:
    'Trains five small CNNs of equal depth (standard, dilated, grouped, depthwise-separable, pointwise bottleneck) on the 8×8 digits side by side, with their parameters, MACs and test accuracy.',
  props: convTypeRaceConfig
    .pick({ blocks: true, learningRate: true, batchSize: true, steps: true })
    .extend({
      // The lesson's choices: the widths and group counts its figures are drawn for.
      width: z
        .union([z.literal(8), z.literal(16)])
        .default(8)
        .describe('Channels of every 3×3 stage.'),
      groups: z
        .union([z.literal(1), z.literal(2), z.literal(4), z.literal(8)])
        .default(4)
        .describe('Groups of the grouped network (divides the width).'),
      seed: seedProp(1, 'Seed of the train/test split, the initial weights and the batches.'),
    }),
  config: convTypeRaceConfigFrom,
  example: '<ConvTypeRace groups={4} />',
  ko: {
    title: '다섯 가지 합성곱을 나란히 학습하기',
    summary:
      '깊이가 같은 작은 CNN 다섯 개(표준, 팽창, 그룹, 깊이별 분리, 점별 병목)를 8×8 숫자로 나란히 학습시키고, 파라미터 수, MACs, 테스트 정확도를 함께 보여 줍니다.',
    props: {
      blocks: '공유하는 줄기(stem) 뒤의 3×3 단계 수.',
      learningRate: 'Adam의 스텝 크기(학습률). 모든 네트워크에 같습니다.',
      batchSize: '스텝마다 쓰는 이미지 수(모든 네트워크가 같은 미니배치를 봅니다).',
      steps: '한 번의 전체 실행이 밟는 스텝 수.',
      width: '모든 3×3 단계의 채널 수.',
      groups: '그룹 네트워크의 그룹 수(채널 수를 나누어야 합니다).',
      seed: '훈련/테스트 분할, 초기 가중치, 미니배치 순서의 시드.',
    },
  },
});

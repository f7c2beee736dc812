import {
  deformableSamplingConfig,
  deformableSamplingConfigFrom,
} from '@/lib/experiments/deformableSampling/deformableSamplingConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const deformableSamplingSpec = defineWidget({
  name: 'DeformableSampling',
  title: 'Where a deformable convolution looks',
  height: 1000,
  experiment: experiments.DeformableSampling,
  summary:
    'Trains a digit classifier whose first layer is a 3×3 deformable convolution on randomly rotated and scaled 8×8 digits, and draws where its nine taps sample a digit: the regular grid and the learned, bilinearly interpolated positions.',
  props: deformableSamplingConfig
    .pick({ maxRotation: true, maxScale: true, learningRate: true, batchSize: true, steps: true })
    .extend({
      seed: seedProp(1, 'Seed of the split, the distortions, the initial weights and the batches.'),
    }),
  config: deformableSamplingConfigFrom,
  example: '<DeformableSampling maxRotation={40} />',
  ko: {
    title: '변형 가능 합성곱이 보는 곳',
    summary:
      '첫 층이 3×3 변형 가능 합성곱인 숫자 분류기를 무작위로 회전하고 크기를 바꾼 8×8 숫자로 학습시키고, 탭 아홉 개가 숫자의 어디를 샘플링하는지 그립니다. 규칙적인 격자와, 학습되어 쌍선형 보간으로 읽는 위치를 함께 보여 줍니다.',
    props: {
      maxRotation: '숫자 이미지를 양쪽으로 무작위 회전하는 최대 각도(도).',
      maxScale: '숫자 이미지의 크기를 1/maxScale배에서 maxScale배 사이로 바꿉니다.',
      learningRate: 'Adam의 스텝 크기(학습률).',
      batchSize: '스텝마다 쓰는 숫자 이미지 수.',
      steps: '한 번의 전체 실행이 밟는 스텝 수.',
      seed: '분할, 왜곡, 초기 가중치, 미니배치의 시드.',
    },
  },
});

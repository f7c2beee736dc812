import { linearFitProps } from '@/lib/experiments/linearFit/linearFitProps';
import { experiments } from '../experiments';
import { defineWidget, withoutSeed } from '../spec';

export const linearFitSpec = defineWidget({
  name: 'LinearFit',
  title: 'Fitting y = xAᵀ + b with nn.Linear',
  height: 820,
  experiment: experiments.LinearFit,
  summary: 'Fits y = xAᵀ + b to noisy points from a known line or plane with SGD or Adam, live.',
  props: linearFitProps,
  config: withoutSeed,
  ko: {
    title: 'nn.Linear로 y = xAᵀ + b 맞추기',
    summary:
      '알려진 직선이나 평면에서 뽑은 잡음 섞인 점들에 y = xAᵀ + b를 SGD 또는 Adam으로 실시간으로 맞춥니다.',
    props: {
      inFeatures: '입력 특성 수: 1이면 직선, 2이면 평면을 맞춥니다.',
      optimizer: '각 스텝을 밟는 옵티마이저.',
      learningRate: '옵티마이저의 학습률.',
      noise: '목표값에 더하는 잡음의 표준편차.',
      batchSize: '스텝마다의 샘플 수.',
      samples: '데이터 세트의 크기.',
      steps: '전체 실행의 스텝 수.',
      seed: '데이터, 초기 가중치, 미니배치의 시드.',
    },
  },
  example: '<LinearFit learningRate={0.1} optimizer="adam" />',
});

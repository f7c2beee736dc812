import {
  batchSizeNoiseConfig,
  batchSizeNoiseConfigFrom,
} from '@/lib/experiments/batchSizeNoise/batchSizeNoiseConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const batchSizeNoiseSpec = defineWidget({
  name: 'BatchSizeNoise',
  title: 'The noise of the batch statistics, and the batch size',
  height: 1100,
  experiment: experiments.BatchSizeNoise,
  summary:
    'How much a unit’s batch mean and variance scatter across real minibatches as the batch size grows (about 1/√m), beside the train/test gap of batch-norm networks trained with small and large batches.',
  props: batchSizeNoiseConfig
    .pick({
      smallBatch: true,
      largeBatch: true,
      learningRate: true,
      trainSize: true,
      steps: true,
      unit: true,
    })
    .extend({
      seed: seedProp(1, 'Seed of the split, the shared initial weights and the batches.'),
    }),
  config: batchSizeNoiseConfigFrom,
  ko: {
    title: '배치 통계량의 잡음과 배치 크기',
    summary:
      '배치 크기가 커질수록 유닛 하나의 배치 평균과 배치 분산이 실제 미니배치마다 얼마나 흩어지는지(약 1/√m)를, 작은 배치와 큰 배치로 학습한 배치 정규화 신경망의 훈련/테스트 격차와 나란히 보여 줍니다.',
    props: {
      smallBatch: '작은 배치 신경망의 배치 크기.',
      largeBatch: '큰 배치 신경망의 배치 크기.',
      learningRate: '두 신경망의 SGD 학습률.',
      trainSize: '(일부러 작게 잡은) 훈련 세트의 숫자 이미지 수.',
      steps: '전체 실행의 틱 수. 한 틱마다 두 신경망이 훈련 샘플 largeBatch개를 봅니다.',
      unit: '배치 통계량을 표본으로 뽑을 첫 층의 유닛.',
      seed: '분할, 공유하는 초기 가중치, 미니배치의 시드.',
    },
  },
  example: '<BatchSizeNoise smallBatch={8} largeBatch={128} />',
});

import { batchNormRaceConfig } from '@/lib/experiments/batchNormRace/batchNormRaceConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp, withoutSeed } from '../spec';

export const batchNormRaceSpec = defineWidget({
  name: 'BatchNormRace',
  title: 'With and without batch norm, at several learning rates',
  height: 1000,
  experiment: experiments.BatchNormRace,
  summary:
    'The same MLP or small CNN trained with and without batch norm on the digits, at several learning rates at once, from adjustable initial weight scales.',
  props: batchNormRaceConfig.extend({
    seed: seedProp(1, 'Seed of the train/test split, the initial weights and the batches.'),
  }),
  config: withoutSeed,
  example: '<BatchNormRace learningRates={[0.1, 1]} initScale={3} />',
  ko: {
    title: '배치 정규화가 있을 때와 없을 때, 여러 학습률에서',
    summary:
      '같은 MLP 또는 작은 CNN을 배치 정규화를 넣고, 빼고, 여러 학습률로 동시에 숫자 손글씨 데이터에서 학습시킵니다. 초기 가중치 배율을 바꿀 수 있습니다.',
    props: {
      architecture: 'mlp: 64-64-64-10; cnn: 3x3 합성곱 두 개(채널 8개와 16개)와 선형 출력층.',
      learningRates:
        'SGD 학습률. 학습률마다 배치 정규화가 있는 네트워크와 없는 네트워크를 하나씩 학습시킵니다.',
      initScale: 'He 균등 초기 가중치에 곱하는 배율("좋지 않은 시작점").',
      batchSize: '미니배치 하나의 샘플 수.',
      steps: '한 번의 전체 실행이 밟는 스텝 수.',
      evalEvery: '이 스텝 수마다 훈련·테스트 손실과 정확도를 잽니다.',
      seed: '훈련/테스트 분할, 초기 가중치, 미니배치 순서의 시드.',
    },
  },
});

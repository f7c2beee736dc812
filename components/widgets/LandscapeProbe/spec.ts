import { landscapeProbeConfig } from '@/lib/experiments/landscapeProbe/landscapeProbeConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp, withoutSeed } from '../spec';

export const landscapeProbeSpec = defineWidget({
  name: 'LandscapeProbe',
  title: 'How smooth is the loss along the gradient?',
  height: 1100,
  experiment: experiments.LandscapeProbe,
  summary:
    "Santurkar et al.'s Figure 4 live: loss band, gradient predictiveness and effective β-smoothness along the gradient, with and without batch norm.",
  props: landscapeProbeConfig.extend({
    seed: seedProp(1, 'Seed of the split, the initial weights and the batches.'),
  }),
  config: withoutSeed,
  ko: {
    title: '기울기 방향으로 손실은 얼마나 매끄러운가?',
    summary:
      'Santurkar 등의 그림 4를 실시간으로: 배치 정규화가 있을 때와 없을 때, 기울기 방향의 손실 띠, 기울기 예측성, 유효 β-평활성.',
    props: {
      learningRate: '두 신경망의 SGD 학습률.',
      etaMin: '조사하는 가장 작은 보폭(학습률의 배수).',
      etaMax: '조사하는 가장 큰 보폭(학습률의 배수).',
      etaPoints: '스텝마다 조사하는 보폭의 개수.',
      hidden: '두 은닉층 각각의 유닛 수.',
      batchSize: '미니배치 하나의 샘플 수.',
      initScale: 'He 균등 초기 가중치에 곱하는 배수.',
      steps: '전체 실행의 스텝 수.',
      window: '출력값은 최근 이만큼의 스텝에 대한 평균입니다.',
      seed: '분할, 초기 가중치, 미니배치의 시드.',
    },
  },
  example: '<LandscapeProbe learningRate={0.2} />',
});

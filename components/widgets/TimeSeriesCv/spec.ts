import {
  timeSeriesCvConfigFrom,
  timeSeriesCvSettings,
} from '@/lib/experiments/timeSeriesCv/timeSeriesCvConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const timeSeriesCvSpec = defineWidget({
  name: 'TimeSeriesCv',
  title: 'Which cross-validation predicts the future?',
  height: 1500,
  experiment: experiments.TimeSeriesCv,
  summary:
    "Next-hour activity forecasting on synthetic sensor data, scored by shuffled K-fold, Cochrane's four time-series schemes and a held-out future.",
  props: timeSeriesCvSettings.extend({
    seed: seedProp(2, 'Seed of the data and of the K-fold shuffle.'),
  }),
  config: timeSeriesCvConfigFrom,
  example: '<TimeSeriesCv participants={4} drift={1} />',
  ko: {
    title: '어느 교차 검증이 미래를 예측할까?',
    summary:
      '합성 센서 데이터에서 다음 시간의 활동량을 예측하고, 셔플한 K-겹 교차 검증, Cochrane의 시계열 방식 네 가지, 떼어 둔 미래로 각각 채점합니다.',
    props: {
      participants: '센서를 착용한 참가자 수.',
      days: '참가자마다 기록한 날 수(떼어 둔 미래 포함).',
      futureDays: '참가자마다 진짜로 떼어 둔 미래로 남겨 두는 마지막 날 수.',
      noiseAutocorrelation: '연속한 두 시간 사이 잡음의 상관.',
      drift: '습관(활동 수준, 잠드는 시각)이 날마다 얼마나 변해 가는지.',
      kFolds: '셔플한 K-겹 교차 검증의 폴드 수.',
      others:
        '모집단 정보 활용 방식에서 다른 참가자들의 모든 날로 학습할지(Cochrane), 그들의 과거만으로 학습할지.',
      seed: '데이터와 K-겹 셔플의 시드.',
    },
  },
});

import { z } from 'zod';
import { knnTuningConfig } from '@/lib/experiments/knnTuning/knnTuningConfig';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const knnTuningSpec = defineWidget({
  name: 'KnnTuning',
  title: 'Choosing K for a nearest-neighbour classifier',
  height: 900,
  experiment: experiments.KnnTuning,
  summary:
    'Chooses K of a K-nearest-neighbours classifier the honest way: the training-data trap, a hold-out set, K-fold cross-validation, and one test score.',
  props: knnTuningConfig.extend({
    // The fold counts the lesson compares.
    folds: z
      .union([z.literal(2), z.literal(5), z.literal(10)])
      .default(5)
      .describe('Folds of the cross-validation.'),
  }),
  config: (props) => props,
  example: '<KnnTuning dataset="digits" folds={10} />',
  ko: {
    title: '최근접 이웃 분류기의 K 고르기',
    summary:
      'K-최근접 이웃 분류기의 K를 정직하게 고릅니다. 학습 데이터로 채점하는 함정, 홀드아웃 세트, K-겹 교차 검증, 그리고 테스트 점수 한 번.',
    props: {
      dataset: '데이터셋: iris(꽃 150송이) 또는 8x8 digits(이미지 1,797장).',
      folds: '교차 검증의 폴드 수.',
      kMax: '시도하는 가장 큰 K(K = 1..kMax).',
      testSize: '테스트 세트로 떼어 두는 비율.',
      splitSeed: '학습/테스트 분할의 random_state.',
      shuffleSeed: '셔플하는 KFold의 random_state.',
    },
  },
});

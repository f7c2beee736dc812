import { nestedCvConfig } from '@/lib/experiments/nestedCv/nestedCvConfig';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const nestedCvSpec = defineWidget({
  name: 'NestedCv',
  title: 'Nested cross-validation: tuning K inside every outer fold',
  height: 900,
  experiment: experiments.NestedCv,
  summary:
    'Nested cross-validation of the K of a nearest-neighbour classifier: an inner search inside every outer fold, the outer scores, and the optimistic non-nested score beside the nested one.',
  props: nestedCvConfig,
  config: (props) => props,
  example: '<NestedCv outerFolds={4} innerFolds={3} />',
  ko: {
    title: '중첩 교차 검증: 바깥 폴드마다 안에서 K 조정하기',
    summary:
      '최근접 이웃 분류기의 K에 대한 중첩 교차 검증(nested cross-validation). 바깥 폴드마다 안쪽 탐색을 하고, 바깥 점수를 보여 주며, 낙관적인 비중첩 점수를 중첩 점수와 나란히 놓습니다.',
    props: {
      dataset: '데이터셋.',
      outerFolds: '바깥 루프(추정)의 폴드 수.',
      innerFolds: '안쪽 루프(K 탐색)의 폴드 수.',
      kMax: '후보 K = 1..kMax.',
      outerSeed: '바깥 KFold의 random_state.',
      innerSeed: '안쪽 KFold의 random_state.',
      trials: '다음 시드들로 반복하는 횟수. 중첩 점수와 비중첩 점수를 평균하는 데 씁니다.',
    },
  },
});

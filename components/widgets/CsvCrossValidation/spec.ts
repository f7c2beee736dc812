import {
  csvCrossValidationConfig,
  csvRunSettings,
} from '@/lib/experiments/csvCrossValidation/csvCrossValidationConfig';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const csvCrossValidationSpec = defineWidget({
  name: 'CsvCrossValidation',
  title: 'K-fold cross-validation on your own data',
  height: 620,
  experiment: experiments.CsvCrossValidation,
  summary:
    'K-fold cross-validation of a KNN or ridge model on a CSV file the reader loads; the file never leaves the browser.',
  props: csvCrossValidationConfig
    .pick({ model: true, kFolds: true, neighbours: true, lambda: true })
    .extend({ seed: csvCrossValidationConfig.shape.shuffleSeed }),
  // The table comes from the file the reader loads.
  config: csvRunSettings,
  example: '<CsvCrossValidation model="ridge" kFolds={10} />',
  ko: {
    title: '내 데이터로 하는 K-겹 교차 검증',
    summary:
      '독자가 불러온 CSV 파일에서 KNN 또는 릿지 모델을 K-겹 교차 검증합니다. 파일은 브라우저 밖으로 나가지 않습니다.',
    props: {
      model: 'KNN(가장 가까운 행들의 투표나 평균) 또는 릿지(클래스에는 RidgeClassifier).',
      kFolds: '셔플한 K-겹 교차 검증의 폴드 수.',
      neighbours: '최근접 이웃 모델의 K.',
      lambda: '릿지 모델의 규제 강도.',
      seed: 'scikit-learn의 셔플한 KFold의 random_state.',
    },
  },
});

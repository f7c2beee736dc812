import { z } from 'zod';
import { defineWidget } from '../spec';

export const SPLITTERS = [
  'KFold',
  'StratifiedKFold',
  'GroupKFold',
  'TimeSeriesSplit',
  'LeaveOneOut',
  'ShuffleSplit',
  'StratifiedShuffleSplit',
] as const;

export const foldSplitsSpec = defineWidget({
  name: 'FoldSplits',
  title: 'Which samples train and which test, split by split',
  height: 640,
  summary:
    "Draws the train / test indices of a scikit-learn 1.2 splitter on a small labelled, grouped data set (plot_cv_indices, live), with scikit-learn's errors and the code.",
  props: z.object({
    splitter: z.enum(SPLITTERS).default('KFold').describe('The scikit-learn cross-validator.'),
    samples: z
      .number()
      .int()
      .min(2)
      .max(120)
      .default(30)
      .describe('Number of samples in the data set.'),
    nSplits: z
      .number()
      .int()
      .min(0)
      .max(30)
      .default(5)
      .describe("n_splits (values below 2 show scikit-learn's error)."),
    shuffle: z.boolean().default(false).describe('shuffle, for KFold and StratifiedKFold.'),
    randomState: z
      .number()
      .int()
      .min(-1)
      .default(-1)
      .describe('random_state; -1 means None (shuffle splitters then use 0).'),
    testSize: z
      .number()
      .min(0)
      .max(200)
      .default(0)
      .describe('test_size: a fraction in (0, 1), a sample count, or 0 for None (the default).'),
    maxTrainSize: z
      .number()
      .int()
      .min(0)
      .max(200)
      .default(0)
      .describe('max_train_size of TimeSeriesSplit; 0 means None.'),
    gap: z.number().int().min(0).max(100).default(0).describe('gap of TimeSeriesSplit.'),
  }),
  example: '<FoldSplits splitter="StratifiedKFold" nSplits={4} />',
  ko: {
    title: '분할마다 어떤 샘플로 학습하고 어떤 샘플로 테스트하는가',
    summary:
      '레이블과 그룹이 있는 작은 데이터셋에서 scikit-learn 1.2 분할기가 만드는 학습/테스트 인덱스를 그립니다(plot_cv_indices를 실시간으로). scikit-learn의 오류와 코드도 함께 보여 줍니다.',
    props: {
      splitter: 'scikit-learn의 교차 검증 분할기.',
      samples: '데이터셋의 샘플 수.',
      nSplits: 'n_splits(2보다 작으면 scikit-learn의 오류를 보여 줍니다).',
      shuffle: 'shuffle. KFold와 StratifiedKFold에 씁니다.',
      randomState: 'random_state. -1은 None입니다(이때 셔플하는 분할기는 0을 씁니다).',
      testSize: 'test_size: (0, 1) 사이의 비율, 샘플 개수, 또는 None(기본값)을 뜻하는 0.',
      maxTrainSize: 'TimeSeriesSplit의 max_train_size. 0은 None입니다.',
      gap: 'TimeSeriesSplit의 gap.',
    },
  },
});

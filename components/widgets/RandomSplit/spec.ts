import { z } from 'zod';
import { defineWidget } from '../spec';

export const randomSplitSpec = defineWidget({
  name: 'RandomSplit',
  title: 'random_split and train_test_split',
  height: 560,
  summary:
    "PyTorch's random_split and scikit-learn's train_test_split on a data set of any size: the sizes, the first indices and where the test samples fall.",
  props: z.object({
    samples: z
      .number()
      .int()
      .min(2)
      .max(200000)
      .default(11500)
      .describe('Size of the data set (the lecture: 11,500 EEG recordings).'),
    testFraction: z.number().gt(0).lt(1).default(0.3).describe('Fraction held out for testing.'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(0)
      .describe('torch.Generator().manual_seed(seed) and random_state=seed.'),
  }),
  example: '<RandomSplit samples={1000} testFraction={0.2} />',
  ko: {
    title: 'random_split과 train_test_split',
    summary:
      'PyTorch의 random_split과 scikit-learn의 train_test_split을 원하는 크기의 데이터셋에 적용합니다. 두 분할의 크기, 첫 인덱스, 테스트 샘플이 놓이는 위치를 보여 줍니다.',
    props: {
      samples: '데이터셋의 크기(강의: EEG 데이터 11,500행).',
      testFraction: '테스트용으로 떼어 두는 비율.',
      seed: 'torch.Generator().manual_seed(seed)와 random_state=seed.',
    },
  },
});

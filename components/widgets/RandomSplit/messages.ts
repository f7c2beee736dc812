import { defineMessages } from '@/lib/site/localized';

/** Both libraries' split sizes (written out) and first test indices. */
export interface SplitSummary {
  samples: string;
  torchTrain: string;
  torchTest: string;
  testFraction: number;
  skTrain: string;
  skTest: string;
  seed: number;
  torchFirst: string;
  skFirst: string;
}

const en = {
  description:
    "Set the data set's size, the test fraction and the seed. Both libraries shuffle the indices and cut them; the strip shows where the test samples fall.",
  summary: (d: SplitSummary) =>
    `random_split puts ${d.torchTrain} of ${d.samples} samples in the training subset and ${d.torchTest} in the test subset; train_test_split with test_size=${d.testFraction} gives ${d.skTrain} and ${d.skTest}. With seed ${d.seed} the first test indices are ${d.torchFirst} (PyTorch) and ${d.skFirst} (scikit-learn): the two libraries shuffle differently.`,
  fails: (error: string) => `The split fails: ${error}`,
  samples: 'samples',
  testFraction: 'test fraction',
  seed: 'seed',
  part: (library: string, part: 'train' | 'test') => `${library}: ${part}`,
  firstCaption: (first: number) => `The first ${first} indices of each subset`,
  subset: 'subset',
  subsetRow: (library: string, part: 'train' | 'test') => `${library} ${part}`,
  code: 'The same splits in PyTorch and scikit-learn',
  stripLabel: (n: string) => `Where the test samples fall among all ${n} indices`,
  train: 'train',
  test: 'test',
  index: (perBar: number | null) =>
    `index${perBar === null ? '' : ` (each bar ≈ ${perBar} indices)`}`,
};

const part = (p: 'train' | 'test') => (p === 'train' ? '학습' : '테스트');

export const messages = defineMessages(en, {
  description:
    '데이터셋 크기, 테스트 비율, 시드를 정하세요. 두 라이브러리 모두 인덱스를 섞은 다음 자릅니다. 띠 그림은 테스트 샘플이 어디에 놓이는지 보여 줍니다.',
  summary: (d) =>
    `random_split은 샘플 ${d.samples}개 중 ${d.torchTrain}개를 학습 부분집합에, ${d.torchTest}개를 테스트 부분집합에 넣습니다. test_size=${d.testFraction}인 train_test_split은 ${d.skTrain}개와 ${d.skTest}개로 나눕니다. 시드 ${d.seed}에서 첫 테스트 인덱스는 ${d.torchFirst}(PyTorch)와 ${d.skFirst}(scikit-learn)입니다. 두 라이브러리는 섞는 방식이 다릅니다.`,
  fails: (error) => `분할에 실패했습니다: ${error}`,
  samples: '샘플 수',
  testFraction: '테스트 비율',
  seed: '시드',
  part: (library, p) => `${library}: ${part(p)}`,
  firstCaption: (first) => `부분집합마다 처음 ${first}개 인덱스`,
  subset: '부분집합',
  subsetRow: (library, p) => `${library} ${part(p)}`,
  code: '같은 분할을 PyTorch와 scikit-learn으로',
  stripLabel: (n) => `전체 인덱스 ${n}개 중 테스트 샘플이 놓인 위치`,
  train: '학습',
  test: '테스트',
  index: (perBar) => `인덱스${perBar === null ? '' : `(막대 하나 ≈ 인덱스 ${perBar}개)`}`,
});

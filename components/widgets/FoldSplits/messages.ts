import { defineMessages } from '@/lib/site/localized';

/** What one split trains and tests on, for the text under the grid. */
export interface SplitDetail {
  split: number;
  train: number;
  trainRanges: string;
  test: number;
  testRanges: string;
  /** How many test samples of class 0, 1 and 2. */
  testClasses: number[];
  groups: string;
  groupCount: number;
  unused: number;
}

const en = {
  description:
    "Pick a scikit-learn splitter and its settings. Each row is one split; the last two rows give every sample's class and group. Hover or focus a row to read it.",
  train: 'train',
  test: 'test',
  unused: 'unused',
  classN: (c: number) => `class ${c}`,
  evenGroup: 'even group',
  oddGroup: 'odd group',
  splitN: (i: number) => `split ${i}`,
  classRow: 'class',
  groupRow: 'group',
  detail: (d: SplitDetail) =>
    `Split ${d.split} trains on ${d.train} samples (${d.trainRanges}) and tests on ${d.test} (${d.testRanges}): ${d.testClasses.map((n, c) => `${n} of class ${c}`).join(', ')}, from group${d.groupCount > 1 ? 's' : ''} ${d.groups}${d.unused ? `; ${d.unused} samples are not used` : ''}.`,
  testedOnce: 'No sample is tested twice.',
  testedTwice: 'Some samples are tested in more than one split.',
  summary: (call: string, splits: number, samples: number) =>
    `${call} makes ${splits} splits of ${samples} samples.`,
  cannotSplit: (call: string, samples: number, error: string) =>
    `${call} cannot split ${samples} samples: scikit-learn raises ${error}`,
  splits: 'splits',
  trainSize: 'train size (split 0)',
  testSize: 'test size (split 0)',
  tableCaption: (call: string) => `Indices of every split of ${call}`,
  split: 'split',
  code: 'The same split in scikit-learn',
  gridLabel: (call: string) => `${call}: train and test samples in each split`,
  sampleIndex: 'sample index',
  noSplits: 'No splits.',
  splitter: 'splitter',
  samples: 'samples',
  testSizeFraction: 'test_size (fraction or count; 0 = None)',
};

export const messages = defineMessages(en, {
  description:
    'scikit-learn 분할기와 설정을 고르세요. 한 행이 분할 하나이고, 마지막 두 행은 샘플마다 클래스와 그룹을 보여 줍니다. 행에 마우스를 올리거나 포커스를 두면 그 분할을 글로 읽을 수 있습니다.',
  train: '학습',
  test: '테스트',
  unused: '미사용',
  classN: (c) => `클래스 ${c}`,
  evenGroup: '짝수 그룹',
  oddGroup: '홀수 그룹',
  splitN: (i) => `분할 ${i}`,
  classRow: '클래스',
  groupRow: '그룹',
  detail: (d) =>
    `분할 ${d.split}: 샘플 ${d.train}개(${d.trainRanges})로 학습하고 ${d.test}개(${d.testRanges})로 테스트합니다. 테스트 샘플(${d.testClasses.map((n, c) => `클래스 ${c}: ${n}개`).join(', ')})은 그룹 ${d.groups}에서 나왔습니다.${d.unused ? ` 샘플 ${d.unused}개는 쓰이지 않습니다.` : ''}`,
  testedOnce: '두 번 테스트되는 샘플은 없습니다.',
  testedTwice: '일부 샘플은 두 개 이상의 분할에서 테스트됩니다.',
  summary: (call, splits, samples) => `${call}: 샘플 ${samples}개에서 분할 ${splits}개를 만듭니다.`,
  cannotSplit: (call, samples, error) =>
    `${call}: 샘플 ${samples}개를 분할할 수 없습니다. scikit-learn의 오류는 ${error}`,
  splits: '분할 수',
  trainSize: '학습 샘플 수(분할 0)',
  testSize: '테스트 샘플 수(분할 0)',
  tableCaption: (call) => `${call}의 모든 분할의 인덱스`,
  split: '분할',
  code: '같은 분할을 scikit-learn으로',
  gridLabel: (call) => `${call}: 분할마다 학습 샘플과 테스트 샘플`,
  sampleIndex: '샘플 인덱스',
  noSplits: '분할이 없습니다.',
  splitter: '분할기',
  samples: '샘플 수',
  testSizeFraction: 'test_size(비율 또는 개수, 0 = None)',
});

import { describe, expect, it } from 'vitest';
import { groupKFold } from './groupKFold';
import { kFold } from './kFold';
import { leaveOneOut } from './leaveOneOut';
import { pyFloat } from './pyValues';
import { shuffleSplit } from './shuffleSplit';
import { stratifiedKFold } from './stratifiedKFold';
import { stratifiedShuffleSplit } from './stratifiedShuffleSplit';
import { timeSeriesSplit } from './timeSeriesSplit';
import { trainTestSplit } from './trainTestSplit';

const pairs = (splits: { train: number[]; test: number[] }[]) =>
  splits.map((s) => [s.train, s.test]);
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

// Examples printed in scikit-learn 1.2's docstrings.
describe('scikit-learn 1.2 docstring examples', () => {
  it('KFold(n_splits=2) on 4 samples', () => {
    expect(pairs(kFold({ nSplits: 2 }).split(4).splits)).toEqual([
      [
        [2, 3],
        [0, 1],
      ],
      [
        [0, 1],
        [2, 3],
      ],
    ]);
  });

  it('StratifiedKFold(n_splits=2) with y=[0, 0, 1, 1]', () => {
    expect(pairs(stratifiedKFold({ nSplits: 2 }).split(4, { y: [0, 0, 1, 1] }).splits)).toEqual([
      [
        [1, 3],
        [0, 2],
      ],
      [
        [0, 2],
        [1, 3],
      ],
    ]);
  });

  it('GroupKFold(n_splits=2) with groups=[0, 0, 2, 2, 3, 3]', () => {
    expect(
      pairs(groupKFold({ nSplits: 2 }).split(6, { groups: [0, 0, 2, 2, 3, 3] }).splits),
    ).toEqual([
      [
        [2, 3],
        [0, 1, 4, 5],
      ],
      [
        [0, 1, 4, 5],
        [2, 3],
      ],
    ]);
  });

  it('TimeSeriesSplit: default, test_size=2 and gap=2 on 12 samples', () => {
    expect(pairs(timeSeriesSplit().split(6).splits)).toEqual(
      range(1, 6).map((t) => [range(0, t), [t]]),
    );
    expect(pairs(timeSeriesSplit({ nSplits: 3, testSize: 2 }).split(12).splits)).toEqual([
      [range(0, 6), [6, 7]],
      [range(0, 8), [8, 9]],
      [range(0, 10), [10, 11]],
    ]);
    expect(pairs(timeSeriesSplit({ nSplits: 3, testSize: 2, gap: 2 }).split(12).splits)).toEqual([
      [range(0, 4), [6, 7]],
      [range(0, 6), [8, 9]],
      [range(0, 8), [10, 11]],
    ]);
  });

  it('LeaveOneOut on 2 samples', () => {
    expect(pairs(leaveOneOut().split(2).splits)).toEqual([
      [[1], [0]],
      [[0], [1]],
    ]);
    expect(leaveOneOut().getNSplits(2)).toBe(2);
  });

  it('ShuffleSplit(n_splits=5, test_size=.25, random_state=0) on 6 samples', () => {
    expect(
      pairs(shuffleSplit({ nSplits: 5, testSize: 0.25, randomState: 0 }).split(6).splits),
    ).toEqual([
      [
        [1, 3, 0, 4],
        [5, 2],
      ],
      [
        [4, 0, 2, 5],
        [1, 3],
      ],
      [
        [1, 2, 4, 0],
        [3, 5],
      ],
      [
        [3, 4, 1, 0],
        [5, 2],
      ],
      [
        [3, 5, 1, 0],
        [2, 4],
      ],
    ]);
  });

  it('StratifiedShuffleSplit(n_splits=5, test_size=0.5, random_state=0) with y=[0, 0, 0, 1, 1, 1]', () => {
    const cv = stratifiedShuffleSplit({ nSplits: 5, testSize: 0.5, randomState: 0 });
    expect(pairs(cv.split(6, { y: [0, 0, 0, 1, 1, 1] }).splits)).toEqual([
      [
        [5, 2, 3],
        [4, 1, 0],
      ],
      [
        [5, 1, 4],
        [0, 2, 3],
      ],
      [
        [5, 0, 2],
        [4, 3, 1],
      ],
      [
        [4, 1, 0],
        [2, 3, 5],
      ],
      [
        [0, 5, 1],
        [3, 4, 2],
      ],
    ]);
  });

  it('train_test_split(test_size=0.33, random_state=42) on 5 rows, and shuffle=False', () => {
    const { train, test } = trainTestSplit(5, { testSize: 0.33, randomState: 42 });
    expect([train, test]).toEqual([
      [2, 0, 3],
      [1, 4],
    ]);
    const plain = trainTestSplit(5, { shuffle: false });
    expect([plain.train, plain.test]).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });
});

describe('splitters by their definitions', () => {
  it('KFold without shuffle on n=10, k=3 gives consecutive test folds of 4, 3, 3', () => {
    expect(
      kFold({ nSplits: 3 })
        .split(10)
        .splits.map((s) => s.test),
    ).toEqual([range(0, 4), range(4, 7), range(7, 10)]);
  });

  it('GroupKFold never puts one group in two test folds, and every sample is tested once', () => {
    const groups = [
      5, 1, 1, 2, 3, 3, 3, 4, 4, 4, 4, 6, 7, 7, 8, 9, 9, 9, 10, 11, 12, 12, 13, 14, 15,
    ];
    const { splits } = groupKFold({ nSplits: 4 }).split(groups.length, { groups });
    const tested = splits.flatMap((s) => s.test).sort((a, b) => a - b);
    expect(tested).toEqual(range(0, groups.length));
    for (const s of splits) {
      const inTest = new Set(s.test.map((i) => groups[i]));
      expect(s.train.some((i) => inTest.has(groups[i]))).toBe(false);
    }
  });

  it('StratifiedKFold keeps each class spread evenly over the test folds', () => {
    const y = [...Array(12).fill('a'), ...Array(6).fill('b')];
    const { splits } = stratifiedKFold({ nSplits: 3, shuffle: true, randomState: 3 }).split(18, {
      y,
    });
    for (const s of splits)
      expect(
        s.test
          .map((i) => y[i])
          .sort()
          .join(''),
      ).toBe('aaaabb');
  });

  it('a float is not a fold count, an int size is not a fraction', () => {
    expect(() => kFold({ nSplits: pyFloat(3) })).toThrow(
      "The number of folds must be of Integral type. 3.0 of type <class 'float'> was passed.",
    );
    expect(() => kFold({ nSplits: 1 })).toThrow('got n_splits=1.');
    expect(() => kFold({ randomState: 0 })).toThrow(
      'Setting a random_state has no effect since shuffle is False.',
    );
    expect(() => shuffleSplit({ testSize: pyFloat(1), randomState: 0 }).split(10)).toThrow(
      'test_size=1.0 should be',
    );
    expect(
      shuffleSplit({ nSplits: 1, testSize: 1, randomState: 0 }).split(10).splits[0].test,
    ).toHaveLength(1);
  });

  it('StratifiedKFold refuses multilabel and continuous targets', () => {
    const cv = stratifiedKFold({ nSplits: 2 });
    expect(() =>
      cv.split(4, {
        y: [
          [0, 1],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      }),
    ).toThrow("Got 'multilabel-indicator' instead.");
    expect(() => cv.split(4, { y: [0.5, 1, 0.5, 1] })).toThrow("Got 'continuous' instead.");
    expect(() => cv.split(4, { y: [0, 1, 0] })).toThrow('inconsistent numbers of samples: [4, 3]');
  });
});

import { groupKFold } from '@/lib/sklearn/groupKFold';
import { kFold } from '@/lib/sklearn/kFold';
import { leaveOneOut } from '@/lib/sklearn/leaveOneOut';
import { pyFloat, type PyArg } from '@/lib/sklearn/pyValues';
import { shuffleSplit } from '@/lib/sklearn/shuffleSplit';
import type { CrossValidator } from '@/lib/sklearn/splitTypes';
import { stratifiedKFold } from '@/lib/sklearn/stratifiedKFold';
import { stratifiedShuffleSplit } from '@/lib/sklearn/stratifiedShuffleSplit';
import { timeSeriesSplit } from '@/lib/sklearn/timeSeriesSplit';
import type { SPLITTERS } from './spec';

export interface SplitterSettings {
  splitter: (typeof SPLITTERS)[number];
  samples: number;
  nSplits: number;
  shuffle: boolean;
  randomState: number;
  testSize: number;
  maxTrainSize: number;
  gap: number;
}

const state = (s: SplitterSettings) => (s.randomState < 0 ? null : s.randomState);
/** test_size as Python sees it: 0 is None, below 1 a float fraction, otherwise an int count. */
const size = (v: number): PyArg => (v === 0 ? null : v < 1 ? pyFloat(v) : Math.round(v));
const py = (v: PyArg): string =>
  v === null || v === undefined ? 'None' : typeof v === 'object' ? String(v.pyFloat) : String(v);

/** The cross-validator these settings construct (may throw scikit-learn's error, as `__init__` would). */
export function makeSplitter(s: SplitterSettings): CrossValidator {
  switch (s.splitter) {
    case 'KFold':
      return kFold({ nSplits: s.nSplits, shuffle: s.shuffle, randomState: state(s) });
    case 'StratifiedKFold':
      return stratifiedKFold({ nSplits: s.nSplits, shuffle: s.shuffle, randomState: state(s) });
    case 'GroupKFold':
      return groupKFold({ nSplits: s.nSplits });
    case 'TimeSeriesSplit':
      return timeSeriesSplit({
        nSplits: s.nSplits,
        maxTrainSize: s.maxTrainSize || null,
        testSize: s.testSize ? Math.round(s.testSize) : null,
        gap: s.gap,
      });
    case 'LeaveOneOut':
      return leaveOneOut();
    case 'ShuffleSplit':
      return shuffleSplit({
        nSplits: s.nSplits,
        testSize: size(s.testSize),
        randomState: state(s),
      });
    case 'StratifiedShuffleSplit':
      return stratifiedShuffleSplit({
        nSplits: s.nSplits,
        testSize: size(s.testSize),
        randomState: state(s),
      });
  }
}

/** The constructor call scikit-learn would run, e.g. `KFold(n_splits=5, shuffle=True, random_state=0)`. */
export function splitterCall(s: SplitterSettings): string {
  const rs = `random_state=${py(state(s))}`;
  switch (s.splitter) {
    case 'KFold':
    case 'StratifiedKFold':
      return `${s.splitter}(n_splits=${s.nSplits}, shuffle=${s.shuffle ? 'True' : 'False'}, ${rs})`;
    case 'GroupKFold':
      return `GroupKFold(n_splits=${s.nSplits})`;
    case 'TimeSeriesSplit':
      return `TimeSeriesSplit(n_splits=${s.nSplits}, max_train_size=${s.maxTrainSize || 'None'}, test_size=${s.testSize ? Math.round(s.testSize) : 'None'}, gap=${s.gap})`;
    case 'LeaveOneOut':
      return 'LeaveOneOut()';
    default:
      return `${s.splitter}(n_splits=${s.nSplits}, test_size=${py(size(s.testSize))}, ${rs})`;
  }
}

/** A runnable Python program that prints the same splits. */
export function splitterCode(
  s: SplitterSettings,
  y: readonly number[],
  groups: readonly number[],
): string {
  const name = s.splitter;
  return [
    'import numpy as np',
    `from sklearn.model_selection import ${name}`,
    '',
    `X = np.zeros((${s.samples}, 1))`,
    `y = np.array([${y.join(', ')}])`,
    `groups = np.array([${groups.join(', ')}])`,
    '',
    `cv = ${splitterCall(s)}`,
    'for i, (train, test) in enumerate(cv.split(X, y, groups)):',
    '    print(f"split {i}: train={train} test={test}")',
  ].join('\n');
}

import { checkConsistentLength, checkKFoldParams } from './kFoldBase';
import { valueError } from '../pytorch/errors';
import type { PyArg } from './pyValues';
import type { CrossValidator, Split } from './splitTypes';

export interface TimeSeriesSplitParams {
  nSplits?: PyArg;
  maxTrainSize?: number | null;
  testSize?: number | null;
  gap?: number;
}

/**
 * scikit-learn 1.2 `TimeSeriesSplit(n_splits=5, max_train_size=None, test_size=None, gap=0)`:
 * test_size defaults to n // (n_splits + 1); the test sets are the last
 * n_splits blocks of that size; each train set ends `gap` samples before its
 * test set and keeps at most the last max_train_size samples.
 */
export function timeSeriesSplit({
  nSplits = 5,
  maxTrainSize = null,
  testSize = null,
  gap = 0,
}: TimeSeriesSplitParams = {}): CrossValidator {
  const k = checkKFoldParams(nSplits, false, null);
  return {
    getNSplits: () => k,
    split(nSamples, data) {
      checkConsistentLength(nSamples, data);
      const nFolds = k + 1;
      const size = testSize ?? Math.floor(nSamples / nFolds);
      if (nFolds > nSamples) {
        throw valueError(
          `Cannot have number of folds=${nFolds} greater than the number of samples=${nSamples}.`,
        );
      }
      if (nSamples - gap - size * k <= 0) {
        throw valueError(
          `Too many splits=${k} for number of samples=${nSamples} with test_size=${size} and gap=${gap}.`,
        );
      }
      if (size === 0) throw valueError('range() arg 3 must not be zero');
      const range = (a: number, b: number) =>
        Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
      const splits: Split[] = [];
      for (let testStart = nSamples - k * size; testStart < nSamples; testStart += size) {
        const trainEnd = testStart - gap;
        const trainStart = maxTrainSize && maxTrainSize < trainEnd ? trainEnd - maxTrainSize : 0;
        splits.push({
          train: range(trainStart, trainEnd),
          test: range(testStart, Math.min(nSamples, testStart + size)),
        });
      }
      return { splits, warnings: [] };
    },
  };
}

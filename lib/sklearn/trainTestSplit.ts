import type { RandomStateArg } from './kFoldBase';
import type { Labels } from './labels';
import { valueError } from '../pytorch/errors';
import type { PyArg } from './pyValues';
import { shuffleSplit } from './shuffleSplit';
import { stratifiedShuffleSplit } from './stratifiedShuffleSplit';
import type { Split } from './splitTypes';
import { validateShuffleSplit } from './validateShuffleSplit';

export interface TrainTestSplitParams {
  testSize?: PyArg;
  trainSize?: PyArg;
  randomState?: RandomStateArg;
  shuffle?: boolean;
  /** `stratify=y`: the labels to keep in proportion. */
  stratify?: Labels;
}

/**
 * scikit-learn 1.2 `train_test_split(np.arange(n), ...)` as indices (default
 * test fraction 0.25): without shuffle the first n_train rows train and the next
 * n_test test; otherwise the first split of ShuffleSplit (or
 * StratifiedShuffleSplit with `stratify`) with test_size=n_test, train_size=n_train.
 */
export function trainTestSplit(
  nSamples: number,
  params: TrainTestSplitParams = {},
): Split & { warnings: string[] } {
  const { testSize, trainSize, randomState, shuffle = true, stratify } = params;
  const [nTrain, nTest] = validateShuffleSplit(nSamples, testSize, trainSize, 0.25);
  if (shuffle === false) {
    if (stratify !== undefined)
      throw valueError('Stratified train/test split is not implemented for shuffle=False');
    const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);
    return { train: range(0, nTrain), test: range(nTrain, nTrain + nTest), warnings: [] };
  }
  const cv = (stratify === undefined ? shuffleSplit : stratifiedShuffleSplit)({
    nSplits: 1, // train_test_split takes the first split only
    testSize: nTest,
    trainSize: nTrain,
    randomState,
  });
  const { splits, warnings } = cv.split(nSamples, stratify === undefined ? {} : { y: stratify });
  return { ...splits[0], warnings };
}

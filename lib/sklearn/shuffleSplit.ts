import { checkConsistentLength, checkRandomState, type RandomStateArg } from './kFoldBase';
import type { PyArg } from './pyValues';
import type { CrossValidator, Split } from './splitTypes';
import { validateShuffleSplit } from './validateShuffleSplit';

export interface ShuffleSplitParams {
  nSplits?: number;
  testSize?: PyArg;
  trainSize?: PyArg;
  randomState?: RandomStateArg;
}

/**
 * scikit-learn 1.2 `ShuffleSplit(n_splits=10, test_size=None, train_size=None,
 * random_state=None)` (default test fraction 0.1): for each split draw
 * `rng.permutation(n)`; the first n_test entries are the test set, the next
 * n_train the train set, both in permutation order.
 */
export function shuffleSplit({
  nSplits = 10,
  testSize,
  trainSize,
  randomState,
}: ShuffleSplitParams = {}): CrossValidator {
  return {
    getNSplits: () => nSplits,
    split(nSamples, data) {
      checkConsistentLength(nSamples, data);
      const [nTrain, nTest] = validateShuffleSplit(nSamples, testSize, trainSize, 0.1);
      const splits: Split[] = [];
      if (nSplits <= 0) return { splits, warnings: [] };
      const rng = checkRandomState(randomState);
      for (let s = 0; s < nSplits; s++) {
        const permutation = rng.permutation(nSamples);
        splits.push({
          test: permutation.slice(0, nTest),
          train: permutation.slice(nTest, nTest + nTrain),
        });
      }
      return { splits, warnings: [] };
    },
  };
}

import { approximateMode } from './approximateMode';
import { checkConsistentLength, checkRandomState } from './kFoldBase';
import { labelArray, rowsAsText, uniqueInverse } from './labels';
import { PyError, valueError } from '../pytorch/errors';
import type { ShuffleSplitParams } from './shuffleSplit';
import type { CrossValidator, Split } from './splitTypes';
import { validateShuffleSplit } from './validateShuffleSplit';

/**
 * scikit-learn 1.2 `StratifiedShuffleSplit(n_splits=10, test_size=None,
 * train_size=None, random_state=None)` (default test fraction 0.1). Classes are
 * the sorted distinct labels (a 2-D row is one label, its values joined by
 * spaces). Per split: class counts for train and test by `approximateMode`, then
 * each class's samples permuted, train taking the first n_i and test the next
 * t_i; finally train and test are each permuted again.
 */
export function stratifiedShuffleSplit({
  nSplits = 10,
  testSize,
  trainSize,
  randomState,
}: ShuffleSplitParams = {}): CrossValidator {
  return {
    getNSplits: () => nSplits,
    split(nSamples, data = {}) {
      if (data.y === undefined)
        throw new PyError('TypeError', "split() missing 1 required positional argument: 'y'");
      checkConsistentLength(nSamples, data);
      const [nTrain, nTest] = validateShuffleSplit(nSamples, testSize, trainSize, 0.1);
      const y = labelArray(data.y);
      const { uniques, inverse } = uniqueInverse(y.ndim === 2 ? rowsAsText(y) : y.flat);
      const nClasses = uniques.length;
      const classCounts = new Array<number>(nClasses).fill(0);
      for (const c of inverse) classCounts[c]++;
      if (Math.min(...classCounts) < 2) {
        throw valueError(
          'The least populated class in y has only 1 member, which is too few. The minimum number of groups for any class cannot be less than 2.',
        );
      }
      if (nTrain < nClasses) {
        throw valueError(
          `The train_size = ${nTrain} should be greater or equal to the number of classes = ${nClasses}`,
        );
      }
      if (nTest < nClasses) {
        throw valueError(
          `The test_size = ${nTest} should be greater or equal to the number of classes = ${nClasses}`,
        );
      }
      // samples of each class in ascending order (stable argsort of the class codes)
      const classIndices = classCounts.map((_, c) =>
        inverse.flatMap((code, i) => (code === c ? [i] : [])),
      );
      const splits: Split[] = [];
      if (nSplits <= 0) return { splits, warnings: [] };
      const rng = checkRandomState(randomState);
      for (let s = 0; s < nSplits; s++) {
        const nI = approximateMode(classCounts, nTrain, rng);
        const tI = approximateMode(
          classCounts.map((c, i) => c - nI[i]),
          nTest,
          rng,
        );
        const train: number[] = [];
        const test: number[] = [];
        for (let c = 0; c < nClasses; c++) {
          const permuted = rng.permutation(classCounts[c]).map((p) => classIndices[c][p]);
          train.push(...permuted.slice(0, nI[c]));
          test.push(...permuted.slice(nI[c], nI[c] + tI[c]));
        }
        splits.push({ train: rng.permuted(train), test: rng.permuted(test) });
      }
      return { splits, warnings: [] };
    },
  };
}

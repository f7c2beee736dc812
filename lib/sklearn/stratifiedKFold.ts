import {
  checkConsistentLength,
  checkKFoldParams,
  checkRandomState,
  checkSplitsVsSamples,
  splitsFromFoldLabels,
} from './kFoldBase';
import type { KFoldParams } from './kFold';
import { labelArray, typeOfTarget, uniqueInverse } from './labels';
import { PyError, valueError } from '../pytorch/errors';
import type { CrossValidator } from './splitTypes';

/**
 * scikit-learn 1.2 `StratifiedKFold(n_splits=5, shuffle=False, random_state=None)`
 * (`_make_test_folds`): classes are numbered in order of first appearance; the
 * sorted class codes are dealt round-robin to the folds to get each fold's
 * count per class; each class's samples are then given fold numbers in blocks
 * (0,0,1,1,...), shuffled per class when shuffle=True.
 */
export function stratifiedKFold({
  nSplits = 5,
  shuffle = false,
  randomState,
}: KFoldParams = {}): CrossValidator {
  const k = checkKFoldParams(nSplits, shuffle, randomState);
  return {
    getNSplits: () => k,
    split(nSamples, data = {}) {
      if (data.y === undefined)
        throw new PyError('TypeError', "split() missing 1 required positional argument: 'y'");
      checkConsistentLength(nSamples, data);
      checkSplitsVsSamples(k, nSamples);
      const warnings: string[] = [];
      const y = labelArray(data.y);
      const target = typeOfTarget(y);
      if (target !== 'binary' && target !== 'multiclass') {
        throw valueError(
          `Supported target types are: ('binary', 'multiclass'). Got '${target}' instead.`,
        );
      }
      const { firstIndex, inverse } = uniqueInverse(y.flat);
      // classes renumbered by first appearance
      const order = firstIndex.map((first, c) => [first, c]).sort((a, b) => a[0] - b[0]);
      const codeOf = new Array<number>(firstIndex.length);
      order.forEach(([, c], rank) => (codeOf[c] = rank));
      const encoded = inverse.map((c) => codeOf[c]);
      const nClasses = firstIndex.length;
      const counts = new Array<number>(nClasses).fill(0);
      for (const c of encoded) counts[c]++;
      const minGroups = Math.min(...counts);
      if (counts.every((c) => k > c)) {
        throw valueError(
          `n_splits=${k} cannot be greater than the number of members in each class.`,
        );
      }
      if (k > minGroups) {
        warnings.push(
          `UserWarning: The least populated class in y has only ${minGroups} members, which is less than n_splits=${k}.`,
        );
      }
      const rng = shuffle ? checkRandomState(randomState) : null;
      const sorted = [...encoded].sort((a, b) => a - b);
      // allocation[f][c]: samples of class c in test fold f
      const allocation = Array.from({ length: k }, () => new Array<number>(nClasses).fill(0));
      sorted.forEach((c, i) => allocation[i % k][c]++);
      const foldOf = new Array<number>(encoded.length);
      for (let c = 0; c < nClasses; c++) {
        const folds = allocation.flatMap((row, f) => new Array<number>(row[c]).fill(f));
        rng?.shuffle(folds);
        let next = 0;
        encoded.forEach((code, i) => {
          if (code === c) foldOf[i] = folds[next++];
        });
      }
      return { splits: splitsFromFoldLabels(foldOf, k), warnings };
    },
  };
}

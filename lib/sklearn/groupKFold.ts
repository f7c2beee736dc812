import {
  checkConsistentLength,
  checkKFoldParams,
  checkSplitsVsSamples,
  splitsFromFoldLabels,
} from './kFoldBase';
import { labelArray, uniqueInverse } from './labels';
import { numpyArgsort } from './numpyArgsort';
import { valueError } from '../pytorch/errors';
import type { PyArg } from './pyValues';
import type { CrossValidator } from './splitTypes';

/**
 * scikit-learn 1.2 `GroupKFold(n_splits=5)`: groups (sorted by value) are taken
 * largest first, in the reverse of numpy's unstable argsort of their sizes, and
 * each goes to the fold with the fewest samples so far (first such fold on ties).
 * A group never appears in two test folds.
 */
export function groupKFold({ nSplits = 5 }: { nSplits?: PyArg } = {}): CrossValidator {
  const k = checkKFoldParams(nSplits, false, null);
  return {
    getNSplits: () => k,
    split(nSamples, data = {}) {
      checkConsistentLength(nSamples, data);
      checkSplitsVsSamples(k, nSamples);
      if (data.groups === undefined) throw valueError("The 'groups' parameter should not be None.");
      const { uniques, inverse } = uniqueInverse(labelArray(data.groups).flat);
      if (k > uniques.length) {
        throw valueError(
          `Cannot have number of splits n_splits=${k} greater than the number of groups: ${uniques.length}.`,
        );
      }
      const sizes = new Array<number>(uniques.length).fill(0);
      for (const g of inverse) sizes[g]++;
      const largestFirst = numpyArgsort(sizes).reverse();
      const foldWeight = new Array<number>(k).fill(0);
      const foldOfGroup = new Array<number>(uniques.length).fill(0);
      for (const g of largestFirst) {
        const lightest = foldWeight.indexOf(Math.min(...foldWeight));
        foldWeight[lightest] += sizes[g];
        foldOfGroup[g] = lightest;
      }
      return {
        splits: splitsFromFoldLabels(
          inverse.map((g) => foldOfGroup[g]),
          k,
        ),
        warnings: [],
      };
    },
  };
}

import {
  checkConsistentLength,
  checkKFoldParams,
  checkRandomState,
  checkSplitsVsSamples,
  splitsFromTestSets,
  type RandomStateArg,
} from './kFoldBase';
import type { PyArg } from './pyValues';
import type { CrossValidator } from './splitTypes';

export interface KFoldParams {
  nSplits?: PyArg;
  shuffle?: PyArg;
  randomState?: RandomStateArg;
}

/**
 * scikit-learn 1.2 `KFold(n_splits=5, shuffle=False, random_state=None)`:
 * consecutive folds, the first n % k of size floor(n/k) + 1, the rest floor(n/k);
 * with shuffle, `arange(n)` is first shuffled by `RandomState(random_state)`.
 */
export function kFold({
  nSplits = 5,
  shuffle = false,
  randomState,
}: KFoldParams = {}): CrossValidator {
  const k = checkKFoldParams(nSplits, shuffle, randomState);
  return {
    getNSplits: () => k,
    split(nSamples, data) {
      checkConsistentLength(nSamples, data);
      checkSplitsVsSamples(k, nSamples);
      const indices = Array.from({ length: nSamples }, (_, i) => i);
      if (shuffle) checkRandomState(randomState).shuffle(indices);
      const testSets: number[][] = [];
      let current = 0;
      for (let f = 0; f < k; f++) {
        const size = Math.floor(nSamples / k) + (f < nSamples % k ? 1 : 0);
        testSets.push(indices.slice(current, current + size));
        current += size;
      }
      return { splits: splitsFromTestSets(nSamples, testSets), warnings: [] };
    },
  };
}

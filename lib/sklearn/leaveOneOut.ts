import { checkConsistentLength, splitsFromTestSets } from './kFoldBase';
import { valueError } from '../pytorch/errors';
import type { CrossValidator } from './splitTypes';

/** scikit-learn 1.2 `LeaveOneOut()`: n splits, the i-th tests on sample i alone. */
export function leaveOneOut(): CrossValidator {
  return {
    getNSplits(nSamples) {
      if (nSamples === undefined) throw valueError("The 'X' parameter should not be None.");
      return nSamples;
    },
    split(nSamples, data) {
      checkConsistentLength(nSamples, data);
      if (nSamples <= 1) throw valueError(`Cannot perform LeaveOneOut with n_samples=${nSamples}.`);
      const testSets = Array.from({ length: nSamples }, (_, i) => [i]);
      return { splits: splitsFromTestSets(nSamples, testSets), warnings: [] };
    },
  };
}

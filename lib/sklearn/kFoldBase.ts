import { numpyRandomState, type NumpyRandomState } from '../random/numpyRandomState';
import { valueError, PyError } from '../pytorch/errors';
import { pyKind, pyStr, pyTypeName, type PyArg } from './pyValues';
import { labelCount } from './labels';
import type { Split, SplitData } from './splitTypes';

/** `random_state`: None, an int seed, or a RandomState shared across calls. */
export type RandomStateArg = number | NumpyRandomState | null | undefined;

/**
 * scikit-learn's `check_random_state`: a fresh `RandomState(seed)` for an int,
 * the same instance for an instance. None would mean numpy's global state,
 * which a pure function cannot share, so it is refused.
 */
export function checkRandomState(randomState: RandomStateArg): NumpyRandomState {
  if (typeof randomState === 'number') {
    if (randomState < 0 || randomState > 0xffffffff)
      throw valueError('Seed must be between 0 and 2**32 - 1');
    return numpyRandomState(randomState);
  }
  if (randomState) return randomState;
  throw new Error(
    "random_state=None draws from numpy's global generator; pass a seed or a RandomState",
  );
}

/**
 * `_BaseKFold.__init__` (scikit-learn 1.2): n_splits must be an integral >= 2,
 * shuffle a bool, and random_state only with shuffle. Returns n_splits as an int.
 */
export function checkKFoldParams(
  nSplits: PyArg,
  shuffle: PyArg,
  randomState: RandomStateArg | PyArg,
): number {
  const kind = pyKind(nSplits);
  if (kind !== 'i' && kind !== 'b') {
    throw valueError(
      `The number of folds must be of Integral type. ${pyStr(nSplits)} of type ${pyTypeName(nSplits)} was passed.`,
    );
  }
  const n = Number(nSplits);
  if (n <= 1) {
    throw valueError(
      `k-fold cross-validation requires at least one train/test split by setting n_splits=2 or more, got n_splits=${n}.`,
    );
  }
  if (typeof shuffle !== 'boolean')
    throw new PyError('TypeError', `shuffle must be True or False; got ${pyStr(shuffle)}`);
  if (!shuffle && randomState !== null && randomState !== undefined) {
    throw valueError(
      'Setting a random_state has no effect since shuffle is False. You should leave random_state to its default (None), or set shuffle=True.',
    );
  }
  return n;
}

/** `indexable(X, y, groups)`: every given array has the number of rows of X. */
export function checkConsistentLength(nSamples: number, data: SplitData = {}): void {
  const lengths = [nSamples];
  if (data.y !== undefined) lengths.push(labelCount(data.y));
  if (data.groups !== undefined) lengths.push(labelCount(data.groups));
  if (new Set(lengths).size > 1) {
    throw valueError(
      `Found input variables with inconsistent numbers of samples: [${lengths.join(', ')}]`,
    );
  }
}

/** `_BaseKFold.split`'s first check. */
export function checkSplitsVsSamples(nSplits: number, nSamples: number): void {
  if (nSplits > nSamples) {
    throw valueError(
      `Cannot have number of splits n_splits=${nSplits} greater than the number of samples: n_samples=${nSamples}.`,
    );
  }
}

/**
 * `BaseCrossValidator.split`: turn each test set into a mask, so both train and
 * test come out ascending whatever order the test indices were produced in.
 */
export function splitsFromTestSets(
  nSamples: number,
  testSets: readonly (readonly number[])[],
): Split[] {
  return testSets.map((testSet) => {
    const mask = new Uint8Array(nSamples);
    for (const i of testSet) mask[i] = 1;
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < nSamples; i++) (mask[i] ? test : train).push(i);
    return { train, test };
  });
}

/** `splitsFromTestSets` from a fold label per sample (`test_folds == i`). */
export function splitsFromFoldLabels(foldOf: readonly number[], nSplits: number): Split[] {
  const sets = Array.from({ length: nSplits }, (_, f) =>
    foldOf.flatMap((g, i) => (g === f ? [i] : [])),
  );
  return splitsFromTestSets(foldOf.length, sets);
}

import type { Labels } from './labels';

/** One split: sample indices, in the order the library returns them. */
export interface Split {
  train: number[];
  test: number[];
}

/** All splits of one `split()` call plus the warnings it raised (`"UserWarning: ..."`). */
export interface SplitOutcome {
  splits: Split[];
  warnings: string[];
}

/** What `cv.split(X, y, groups)` receives besides the number of rows of X. */
export interface SplitData {
  y?: Labels;
  groups?: Labels;
}

/**
 * A scikit-learn cross-validator after construction (which already checked its
 * parameters and threw a `PyError` if scikit-learn's `__init__` would).
 */
export interface CrossValidator {
  /** `get_n_splits(X, y, groups)`; only LeaveOneOut needs the number of samples. */
  getNSplits(nSamples?: number): number;
  /** `list(cv.split(np.zeros((nSamples, 1)), y, groups))`; throws `PyError` as split() would. */
  split(nSamples: number, data?: SplitData): SplitOutcome;
}

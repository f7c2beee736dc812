import type { Split } from './splitTypes';

/** An outer split; `validation`, when present, belongs to the outer training data. */
export interface OuterFold {
  train: readonly number[];
  test: readonly number[];
  validation?: readonly number[];
}

/** Fit `candidate` on `train`, return its score on `test` (higher is better unless told otherwise). */
export type ScoreFn<C> = (
  candidate: C,
  train: readonly number[],
  test: readonly number[],
) => number;

export interface NestedFold<C> {
  chosenIndex: number;
  chosen: C;
  /** Each candidate's score averaged over the inner splits of this outer fold. */
  innerMeanScores: number[];
  /** The chosen candidate refitted on the whole outer training data, scored on the outer test set. */
  outerScore: number;
}

export interface NestedResult<C> {
  folds: NestedFold<C>[];
  /** The nested estimate: the mean of the outer scores. */
  meanOuterScore: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Index of the best mean score, the first one on ties (as GridSearchCV's rank 1). */
function best(scores: readonly number[], greaterIsBetter: boolean): number {
  let at = 0;
  scores.forEach((s, i) => {
    if (greaterIsBetter ? s > scores[at] : s < scores[at]) at = i;
  });
  return at;
}

function meanScores<C>(
  candidates: readonly C[],
  splits: readonly Split[],
  score: ScoreFn<C>,
): number[] {
  if (splits.length === 0) throw new RangeError('no splits to score candidates on');
  return candidates.map((c) => mean(splits.map((s) => score(c, s.train, s.test))));
}

/**
 * Nested cross-validation: inside each outer fold, the inner splitter (which
 * sees only the outer training data) picks the candidate with the best mean
 * inner score, averaged over inner splits per candidate (not averaging the
 * choices); that candidate is refitted on train + validation and scored once on
 * the outer test set.
 */
export function nestedCrossValidation<C>(opts: {
  outer: readonly OuterFold[];
  inner: (fold: OuterFold) => readonly Split[];
  candidates: readonly C[];
  score: ScoreFn<C>;
  greaterIsBetter?: boolean;
}): NestedResult<C> {
  const { outer, inner, candidates, score, greaterIsBetter = true } = opts;
  if (candidates.length === 0) throw new RangeError('no candidates to choose from');
  const folds = outer.map((fold) => {
    const innerMeanScores = meanScores(candidates, inner(fold), score);
    const chosenIndex = best(innerMeanScores, greaterIsBetter);
    const outerTrain = [...fold.train, ...(fold.validation ?? [])];
    return {
      chosenIndex,
      chosen: candidates[chosenIndex],
      innerMeanScores,
      outerScore: score(candidates[chosenIndex], outerTrain, fold.test),
    };
  });
  return { folds, meanOuterScore: mean(folds.map((f) => f.outerScore)) };
}

/**
 * The non-nested (optimistic) estimate: choose the candidate by its mean score
 * over `splits` and report that same best mean, so the test folds that chose
 * the hyperparameter also grade it (scikit-learn's GridSearchCV.best_score_).
 */
export function nonNestedScore<C>(opts: {
  splits: readonly Split[];
  candidates: readonly C[];
  score: ScoreFn<C>;
  greaterIsBetter?: boolean;
}): { chosenIndex: number; chosen: C; meanScores: number[]; score: number } {
  const { splits, candidates, score, greaterIsBetter = true } = opts;
  const scores = meanScores(candidates, splits, score);
  const chosenIndex = best(scores, greaterIsBetter);
  return {
    chosenIndex,
    chosen: candidates[chosenIndex],
    meanScores: scores,
    score: scores[chosenIndex],
  };
}

/** Inner splits for an outer fold that carries its own validation set (Cochrane's schemes). */
export const validationSplit = (fold: OuterFold): Split[] => [
  { train: [...fold.train], test: [...(fold.validation ?? [])] },
];

/** Map a splitter's positions within `subset` back to sample indices (an inner K-fold over an outer train set). */
export function splitsWithin(subset: readonly number[], splits: readonly Split[]): Split[] {
  return splits.map((s) => ({
    train: s.train.map((i) => subset[i]),
    test: s.test.map((i) => subset[i]),
  }));
}

import { describe, expect, it } from 'vitest';
import { dayForwardChaining } from './dayForwardChaining';
import { kFold } from './kFold';
import {
  nestedCrossValidation,
  nonNestedScore,
  splitsWithin,
  validationSplit,
  type ScoreFn,
} from './nested';

// A tiny problem with a known answer: every target is 5, a candidate λ predicts
// λ · mean(train targets), scored by minus the squared error, so λ = 1 is exact
// and candidate λ scores -(5 - 5λ)² on any split.
const TARGET = 5;
const shrinkage: ScoreFn<number> = (lambda, train) => {
  const prediction = lambda * ((train.length * TARGET) / train.length);
  return 0 - (TARGET - prediction) ** 2;
};
const lambdas = [0, 0.5, 1, 1.5];

describe('nestedCrossValidation', () => {
  it('chooses the exact candidate in every outer fold and reports its closed-form scores', () => {
    const outer = kFold({ nSplits: 4 }).split(20).splits;
    const result = nestedCrossValidation({
      outer,
      inner: (fold) =>
        splitsWithin(fold.train, kFold({ nSplits: 3 }).split(fold.train.length).splits),
      candidates: lambdas,
      score: shrinkage,
    });
    expect(result.folds).toHaveLength(4);
    for (const fold of result.folds) {
      expect(fold.chosen).toBe(1);
      expect(fold.innerMeanScores).toEqual(lambdas.map((l) => 0 - (5 - 5 * l) ** 2));
      expect(fold.outerScore).toBe(0);
    }
    expect(result.meanOuterScore).toBe(0);
  });

  it('lets the inner loop see only the outer training data', () => {
    const outer = dayForwardChaining({ participants: 2, days: 5 });
    let current = outer[0];
    let innerCalls = 0;
    nestedCrossValidation({
      outer,
      inner: (fold) => {
        current = outer[outer.indexOf(fold as (typeof outer)[number])];
        return validationSplit(fold);
      },
      candidates: lambdas,
      score: (c, train, test) => {
        if (test !== current.test) {
          innerCalls++;
          expect([...train, ...test].some((i) => current.test.includes(i))).toBe(false);
        }
        return shrinkage(c, train, test);
      },
    });
    expect(innerCalls).toBe(outer.length * lambdas.length);
  });

  it('averages each candidate over the inner splits before choosing (not the choices)', () => {
    // candidate 0 wins one inner split by a little and loses the other by a lot
    const table = [
      [1, -10],
      [0, 0],
    ];
    const result = nestedCrossValidation({
      outer: [{ train: [0, 1], test: [2] }],
      inner: () => [
        { train: [], test: [0] },
        { train: [], test: [1] },
      ],
      candidates: [0, 1],
      score: (c, _train, test) => (test[0] === 2 ? 0 : table[c][test[0]]),
    });
    expect(result.folds[0].innerMeanScores).toEqual([-4.5, 0]);
    expect(result.folds[0].chosen).toBe(1);
  });

  it('minimises when greaterIsBetter is false and takes the first of tied candidates', () => {
    const result = nestedCrossValidation({
      outer: [{ train: [0], test: [1] }],
      inner: () => [{ train: [0], test: [0] }],
      candidates: ['a', 'b', 'c'],
      score: (c) => ({ a: 2, b: 1, c: 1 })[c] as number,
      greaterIsBetter: false,
    });
    expect(result.folds[0].chosen).toBe('b');
  });
});

describe('nonNestedScore', () => {
  it('reports the best mean score over the same splits that chose it', () => {
    const splits = kFold({ nSplits: 5 }).split(10).splits;
    // pure noise: no candidate is really better, yet the best mean is above the average
    const noise = (c: number, i: number) => Math.sin(1000 * c + 37 * i);
    const score: ScoreFn<number> = (c, _train, test) =>
      test.reduce((a, i) => a + noise(c, i), 0) / test.length;
    const result = nonNestedScore({ splits, candidates: [0, 1, 2, 3, 4, 5], score });
    expect(result.score).toBe(Math.max(...result.meanScores));
    expect(result.chosenIndex).toBe(result.meanScores.indexOf(result.score));
    const average = result.meanScores.reduce((a, b) => a + b, 0) / result.meanScores.length;
    expect(result.score).toBeGreaterThan(average);
  });
});

import { describe, expect, it } from 'vitest';
import { torchGenerator, torchRandperm } from '../random/torchRandperm';
import { randomSplit } from './randomSplit';

describe('randomSplit (torch.utils.data.random_split, PyTorch 1.13)', () => {
  it("splits the lecture's 11,500 seizure recordings into 8,050 / 3,450 by lengths or by fractions", () => {
    const byLengths = randomSplit(11500, [8050, 3450], 0);
    const byFractions = randomSplit(11500, [0.7, 0.3], 0);
    expect(byLengths.subsets.map((s) => s.length)).toEqual([8050, 3450]);
    expect(byFractions.lengths).toEqual([8050, 3450]);
    expect(byFractions.subsets).toEqual(byLengths.subsets);
    expect(new Set([...byLengths.subsets[0], ...byLengths.subsets[1]]).size).toBe(11500);
  });

  it('takes consecutive slices of randperm (docs example: range(10), [3, 7], seed 42)', () => {
    expect(randomSplit(10, [3, 7], 42).subsets).toEqual([
      [2, 6, 1],
      [8, 4, 5, 0, 9, 3, 7],
    ]);
    const perm = torchRandperm(10, torchGenerator(5));
    expect(randomSplit(10, [5, 2, 3], 5).subsets).toEqual([
      perm.slice(0, 5),
      perm.slice(5, 7),
      perm.slice(7),
    ]);
  });

  it('floors fractions and hands the remainder out round-robin from the first subset', () => {
    // floor(10 * 0.33) = 3 each, remainder 1 goes to index 0
    expect(randomSplit(10, [0.34, 0.33, 0.33], 1).lengths).toEqual([4, 3, 3]);
    // floor(5 * 0.25) = 1 each, remainder 1 to index 0
    expect(randomSplit(5, [0.25, 0.25, 0.25, 0.25], 1).lengths).toEqual([2, 1, 1, 1]);
  });

  it('warns about an empty subset and raises PyTorch 1.13 errors', () => {
    expect(randomSplit(2, [0.9, 0.1], 0).warnings).toEqual([
      'UserWarning: Length of split at index 1 is 0. This might result in an empty dataset.',
    ]);
    expect(() => randomSplit(10, [3, 6], 0)).toThrow(
      'Sum of input lengths does not equal the length of the input dataset!',
    );
    expect(() => randomSplit(10, [1.5, -0.5], 0)).toThrow(
      'Fraction at index 0 is not between 0 and 1',
    );
  });
});

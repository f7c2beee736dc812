import { describe, expect, it } from 'vitest';
import { mt19937 } from './mt19937';
import { torchGenerator, torchRandperm } from './torchRandperm';

describe('torchRandperm', () => {
  it('matches torch.randperm(10, generator=torch.Generator().manual_seed(42))', () => {
    // random_split(range(10), [3, 7], generator=...manual_seed(42)) gives [2, 6, 1] and [8, 4, 5, 0, 9, 3, 7]
    expect(torchRandperm(10, torchGenerator(42))).toEqual([2, 6, 1, 8, 4, 5, 0, 9, 3, 7]);
  });

  it('swaps position i with i + (draw % (n - i)), one 32-bit draw per position but the last', () => {
    const draws = mt19937(7);
    const d = [draws.nextUint32(), draws.nextUint32()];
    const expected = [0, 1, 2];
    const swap = (i: number, j: number) =>
      ([expected[i], expected[j]] = [expected[j], expected[i]]);
    swap(0, d[0] % 3);
    swap(1, 1 + (d[1] % 2));
    expect(torchRandperm(3, torchGenerator(7))).toEqual(expected);
  });

  it('is a permutation of 0..n-1', () => {
    const p = torchRandperm(11500, torchGenerator(0));
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 11500 }, (_, i) => i));
  });
});

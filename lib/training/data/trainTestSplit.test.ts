import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../random/seeded';
import { torchGenerator, torchRandperm } from '../../random/torchRandperm';
import { shuffleSplit, splitDataset, testRows } from './trainTestSplit';
import type { Dataset } from './dataset';

describe('shuffleSplit', () => {
  it("holds out PyTorch's rows when it shuffles with torch.randperm (recorded with PyTorch 1.13.1)", () => {
    // generator = torch.Generator().manual_seed(7); order = torch.randperm(10, generator=generator)
    // n_test = round(10 * 0.3); order[:n_test], order[n_test:]
    const generator = torchGenerator(7);
    const random = {
      shuffled: <T>(items: readonly T[]) =>
        torchRandperm(items.length, generator).map((i) => items[i]),
    };
    expect(shuffleSplit(10, testRows(10, 0.3), random)).toEqual({
      test: [5, 0, 3],
      train: [4, 1, 7, 9, 6, 8, 2],
    });
  });

  it('is a disjoint cover of the rows, the same for the same seed', () => {
    const a = shuffleSplit(100, 25, seededRandom(4));
    expect(shuffleSplit(100, 25, seededRandom(4))).toEqual(a);
    expect(a.test).toHaveLength(25);
    expect([...a.train, ...a.test].sort((x, y) => x - y)).toEqual(
      Array.from({ length: 100 }, (_, i) => i),
    );
    expect(shuffleSplit(100, 25, seededRandom(5))).not.toEqual(a);
  });

  it('takes only trainSize training rows when asked, cut short at the end of the data', () => {
    const { train, test } = shuffleSplit(30, 10, seededRandom(2), 12);
    expect([test.length, train.length]).toEqual([10, 12]);
    expect(new Set([...train, ...test]).size).toBe(22);
    expect(shuffleSplit(30, 10, seededRandom(2), 50).train).toHaveLength(20);
  });

  it('splits a data set into rows that keep their labels', () => {
    const data: Dataset = {
      name: 'toy',
      x: Float32Array.from({ length: 20 }, (_, i) => i),
      y: Int32Array.from({ length: 10 }, (_, i) => i),
      n: 10,
      d: 2,
      classes: 10,
      classNames: [],
      featureNames: [],
    };
    const { train, test } = splitDataset(data, 4, seededRandom(1));
    expect([train.n, test.n]).toEqual([6, 4]);
    for (const part of [train, test])
      for (let i = 0; i < part.n; i++) expect(part.x[2 * i]).toBe(2 * part.y[i]);
  });
});

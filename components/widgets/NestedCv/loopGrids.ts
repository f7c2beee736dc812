import { kFold } from '@/lib/sklearn/kFold';
import { splitsWithin } from '@/lib/sklearn/nested';
import type { Split } from '@/lib/sklearn/splitTypes';

/** The outer splits and, for one outer fold, its inner splits, as the worker makes them (same splitters, same seeds). */
export function loopSplits(
  n: number,
  outerFolds: number,
  innerFolds: number,
  outerSeed: number,
  innerSeed: number,
  fold: number,
) {
  const outer = kFold({ nSplits: outerFolds, shuffle: true, randomState: outerSeed }).split(
    n,
  ).splits;
  const current = outer[Math.min(fold, outer.length - 1)];
  const inner = splitsWithin(
    current.train,
    kFold({ nSplits: innerFolds, shuffle: true, randomState: innerSeed }).split(
      current.train.length,
    ).splits,
  );
  return { outer, inner, current };
}

/** One CellGrid row: `train` / `test` (or `validation`) / `unused` per sample. */
export function gridRow(
  n: number,
  split: Split,
  testKey: 'test' | 'validation',
  unused: readonly number[] = [],
): string[] {
  const cells = new Array<string>(n).fill('unused');
  for (const i of split.train) cells[i] = 'train';
  for (const i of split.test) cells[i] = testKey;
  for (const i of unused) cells[i] = 'test';
  return cells;
}

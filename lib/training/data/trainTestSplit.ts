import type { Random } from '../../random/seeded';
import { subset, type Dataset } from './dataset';

/** Held-out rows for a fraction of `n`: `round(n * testFraction)`, as the lessons' code computes `n_test`. */
export function testRows(n: number, testFraction: number): number {
  return Math.round(n * testFraction);
}

/**
 * A seeded shuffle split of rows 0..n-1, as the lessons' PyTorch code makes it:
 *
 *   order = torch.randperm(n, generator=generator)
 *   test, train = order[:test_size], order[test_size:test_size + train_size]
 *
 * One `random.shuffled` of the rows; the test rows come first, the training rows next
 * (all the rest unless `trainSize` is given), both in shuffled order. Sizes past `n` are cut
 * short, as Python's slices are.
 */
export function shuffleSplit(
  n: number,
  testSize: number,
  random: Pick<Random, 'shuffled'>,
  trainSize = n - testSize,
): { train: number[]; test: number[] } {
  const order = random.shuffled(Array.from({ length: n }, (_, i) => i));
  return { test: order.slice(0, testSize), train: order.slice(testSize, testSize + trainSize) };
}

/** `shuffleSplit` of a data set's rows, as two data sets. */
export function splitDataset(
  data: Dataset,
  testSize: number,
  random: Pick<Random, 'shuffled'>,
  trainSize?: number,
): { train: Dataset; test: Dataset } {
  const { train, test } = shuffleSplit(data.n, testSize, random, trainSize);
  return { train: subset(data, train), test: subset(data, test) };
}

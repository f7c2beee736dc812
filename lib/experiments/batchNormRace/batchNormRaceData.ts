import { subset, type Dataset } from '../../training/data/dataset';
import type { Random } from '../../random/seeded';

/** A seeded shuffle split of a data set: the first `testFraction` of the shuffled rows are the test set. */
export function trainTestSplit(
  data: Dataset,
  testFraction: number,
  random: Random,
): { train: Dataset; test: Dataset } {
  const order = random.shuffled(Array.from({ length: data.n }, (_, i) => i));
  const nTest = Math.round(data.n * testFraction);
  return { test: subset(data, order.slice(0, nTest)), train: subset(data, order.slice(nTest)) };
}

/** Minibatches without replacement, reshuffled every epoch (DataLoader(shuffle=True, drop_last=True)). */
export function minibatches(n: number, batchSize: number, random: Random): () => number[] {
  let order: number[] = [];
  return () => {
    if (order.length < batchSize) order = random.shuffled(Array.from({ length: n }, (_, i) => i));
    return order.splice(0, batchSize);
  };
}

/**
 * The metric-name suffix of one network of a race: `bn-0`, `standard-2`, by the
 * index of its learning rate in the config. By index, not by value: two equal
 * learning rates are two networks, and must not share (and overwrite) one key.
 */
export function raceKey(batchNorm: boolean, rateIndex: number): string {
  return `${batchNorm ? 'bn' : 'standard'}-${rateIndex}`;
}

/**
 * A cross-entropy above this counts as diverged even while still finite: the
 * logits are then hundreds apart, and a plain network that gets there rarely
 * comes back as anything but dead ReLUs.
 */
export const DIVERGED_LOSS = 1e3;

export function hasDiverged(loss: number): boolean {
  return !(Number.isFinite(loss) && loss < DIVERGED_LOSS);
}

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

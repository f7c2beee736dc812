import { mt19937, nextDouble53, type Mt19937 } from './mt19937';
import { valueError } from '../pytorch/errors';

/**
 * numpy 1.24's legacy `np.random.RandomState(seed)`: MT19937 seeded by
 * init_genrand (`_legacy_seeding` with an int), with the draws scikit-learn's
 * splitters make. Bounded integers use masked rejection sampling
 * (`random_interval`, `_rand_int64` with `use_masked=True`), so every shuffle and
 * permutation matches numpy's element for element.
 */
export interface NumpyRandomState {
  /** `random_sample()`: a 53-bit double in [0, 1). */
  randomSample(): number;
  /** `random_interval(max)`: uniform integer in [0, max], masked rejection. */
  randomInterval(max: number): number;
  /** `randint(low, high)`: uniform integer in [low, high). */
  randint(low: number, high?: number): number;
  /** `shuffle(x)` in place: Fisher-Yates from the end, j = random_interval(i). */
  shuffle<T>(items: T[]): void;
  /** `permutation(n)`: a shuffled `arange(n)`. */
  permutation(n: number): number[];
  /** `permutation(array)`: a shuffled copy. */
  permuted<T>(items: readonly T[]): T[];
  /** `choice(a, size, replace=False)` without weights: `permutation(len(a))[:size]` taken from `a`. */
  choiceWithoutReplacement<T>(items: readonly T[], size: number): T[];
}

const MAX_UINT32 = 0xffffffff;

/** The smallest all-ones bit mask covering `max` (numpy's `gen_mask`). */
function maskFor(max: number): number {
  let mask = max >>> 0;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  return mask >>> 0;
}

function boundedUint32(rng: Mt19937, max: number): number {
  if (max === 0) return 0;
  if (max > MAX_UINT32) throw new RangeError('bounds wider than 32 bits are not supported');
  if (max === MAX_UINT32) return rng.nextUint32();
  const mask = maskFor(max);
  for (;;) {
    const value = (rng.nextUint32() & mask) >>> 0;
    if (value <= max) return value;
  }
}

/** `np.random.RandomState(seed)` for an integer seed in [0, 2**32 - 1]. */
export function numpyRandomState(seed: number): NumpyRandomState {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_UINT32) {
    throw valueError('Seed must be between 0 and 2**32 - 1');
  }
  const rng = mt19937(seed);
  const state: NumpyRandomState = {
    randomSample: () => nextDouble53(rng),
    randomInterval: (max) => boundedUint32(rng, max),
    randint(low, high) {
      const [lo, hi] = high === undefined ? [0, low] : [low, high];
      if (lo >= hi) throw valueError('low >= high');
      return lo + boundedUint32(rng, hi - 1 - lo);
    },
    shuffle(items) {
      for (let i = items.length - 1; i >= 1; i--) {
        const j = boundedUint32(rng, i);
        const t = items[i];
        items[i] = items[j];
        items[j] = t;
      }
    },
    permutation(n) {
      const out = Array.from({ length: n }, (_, i) => i);
      state.shuffle(out);
      return out;
    },
    permuted(items) {
      const out = items.slice();
      state.shuffle(out);
      return out;
    },
    choiceWithoutReplacement(items, size) {
      if (size > items.length) {
        throw valueError("Cannot take a larger sample than population when 'replace=False'");
      }
      return state
        .permutation(items.length)
        .slice(0, size)
        .map((i) => items[i]);
    },
  };
  return state;
}

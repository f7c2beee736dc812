import { mt19937, nextDouble53 } from './mt19937';

/**
 * A seeded source of randomness handed to every experiment. Nothing in the
 * project reads Math.random: the same seed gives the same run in Node and in
 * the browser.
 */
export interface Random {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal (Box-Muller, both values used). */
  normal(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** A new array with the elements of `items` in random order (Fisher-Yates). */
  shuffled<T>(items: readonly T[]): T[];
  /** An integer seed for a child generator, so sub-runs stay independent. */
  fork(): number;
}

export function seededRandom(seed: number): Random {
  const rng = mt19937(seed);
  let spare: number | null = null;
  const uniform = () => nextDouble53(rng);
  const api: Random = {
    uniform,
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = 0;
      while (u === 0) u = uniform();
      const v = uniform();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int(n) {
      return Math.floor(uniform() * n);
    },
    shuffled(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = api.int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    fork() {
      return rng.nextUint32();
    },
  };
  return api;
}

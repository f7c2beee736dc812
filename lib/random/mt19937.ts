/**
 * MT19937, the Mersenne Twister of Matsumoto & Nishimura (1998), as used by
 * numpy's legacy `RandomState` and by PyTorch's CPU generator. Both seed an
 * integer with `init_genrand`, so the same seed gives the same 32-bit stream.
 */
export interface Mt19937 {
  /** Next 32-bit unsigned integer (genrand_int32). */
  nextUint32(): number;
}

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

/** init_genrand(seed): seed is taken modulo 2^32, as both libraries do. */
export function mt19937(seed: number): Mt19937 {
  return fromState(initGenrand(seed));
}

function initGenrand(seed: number): Uint32Array {
  const mt = new Uint32Array(N);
  mt[0] = seed >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    // 1812433253 * prev + i, in 32-bit arithmetic without losing low bits.
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  return mt;
}

/** init_by_array(key), as CPython's `random.seed(n)` seeds from n's 32-bit words. */
export function mt19937ByArray(key: readonly number[]): Mt19937 {
  const mt = initGenrand(19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
  return fromState(mt);
}

function fromState(mt: Uint32Array): Mt19937 {
  let index = N;

  function twist(): void {
    for (let k = 0; k < N; k++) {
      const y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
      mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    index = 0;
  }

  return {
    nextUint32(): number {
      if (index >= N) twist();
      let y = mt[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      return y >>> 0;
    },
  };
}

/** numpy's random_sample(): a 53-bit double in [0, 1) from two draws. */
export function nextDouble53(rng: Mt19937): number {
  const a = rng.nextUint32() >>> 5;
  const b = rng.nextUint32() >>> 6;
  return (a * 67108864 + b) / 9007199254740992;
}

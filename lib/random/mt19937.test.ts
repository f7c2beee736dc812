import { describe, expect, it } from 'vitest';
import { mt19937, nextDouble53 } from './mt19937';
import { seededRandom } from './seeded';

describe('mt19937', () => {
  it('matches the reference genrand_int32 stream for seed 5489', () => {
    // mt19937ar.c reference output and C++ std::mt19937 default (10000th value 4123659995).
    const rng = mt19937(5489);
    expect(rng.nextUint32()).toBe(3499211612);
    expect(rng.nextUint32()).toBe(581869302);
    for (let i = 3; i < 10000; i++) rng.nextUint32();
    expect(rng.nextUint32()).toBe(4123659995);
  });

  it("matches numpy's RandomState(0).random_sample()", () => {
    const rng = mt19937(0);
    expect(nextDouble53(rng)).toBe(0.5488135039273248);
    expect(nextDouble53(rng)).toBe(0.7151893663724195);
  });
});

describe('seededRandom', () => {
  it('gives the same stream for the same seed and another for another', () => {
    const a = seededRandom(7),
      b = seededRandom(7),
      c = seededRandom(8);
    const xs = [a.uniform(), a.normal(), a.int(10)];
    expect([b.uniform(), b.normal(), b.int(10)]).toEqual(xs);
    expect(c.uniform()).not.toBe(xs[0]);
  });

  it('draws normals with mean 0 and variance 1', () => {
    const r = seededRandom(1);
    const n = 20000;
    let s = 0,
      s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = r.normal();
      s += x;
      s2 += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });
});

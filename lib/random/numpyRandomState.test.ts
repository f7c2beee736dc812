import { describe, expect, it } from 'vitest';
import { numpyRandomState } from './numpyRandomState';

// Values printed by numpy's legacy RandomState, whose stream is frozen (numpy
// guarantees the same output as v1.16 in every later release, 1.24 included).
describe('numpyRandomState matches np.random.RandomState', () => {
  it('random_sample()', () => {
    expect(numpyRandomState(0).randomSample()).toBe(0.5488135039273248);
    const r = numpyRandomState(4);
    expect([r.randomSample(), r.randomSample()]).toEqual([0.9670298390136767, 0.5472322491757223]);
  });

  it('permutation(n)', () => {
    expect(numpyRandomState(42).permutation(10)).toEqual([8, 1, 5, 0, 7, 2, 9, 4, 3, 6]);
    expect(numpyRandomState(0).permutation(20)).toEqual([
      18, 1, 19, 8, 10, 17, 6, 13, 4, 2, 5, 14, 9, 7, 16, 11, 3, 0, 15, 12,
    ]);
    expect(numpyRandomState(4294967295).permutation(8)).toEqual([1, 7, 6, 0, 5, 4, 2, 3]);
  });

  it('permutation(100000): masks wider than 16 bits', () => {
    const p = numpyRandomState(5).permutation(100000);
    expect(p.slice(0, 6)).toEqual([60743, 33949, 52805, 11804, 9229, 49950]);
    expect(p.slice(-3)).toEqual([20463, 18638, 35683]);
  });

  it('shuffle(list) in place', () => {
    const items = [...'abcdefg'];
    numpyRandomState(1).shuffle(items);
    expect(items).toEqual([...'gcbaedf']);
  });

  it('choice(a, 3, replace=False) then permutation(array) continue the same stream', () => {
    const r = numpyRandomState(2);
    expect(r.choiceWithoutReplacement([10, 11, 12, 13, 14], 3)).toEqual([12, 14, 11]);
    expect(r.permuted([5, 6, 7])).toEqual([5, 6, 7]);
  });

  it('randint(low, high)', () => {
    const r = numpyRandomState(3);
    expect(Array.from({ length: 6 }, () => r.randint(0, 10))).toEqual([8, 9, 3, 8, 8, 0]);
    expect(Array.from({ length: 3 }, () => r.randint(5, 1000000))).toEqual([
      942874, 535554, 215704,
    ]);
  });

  it('rejects seeds outside [0, 2**32 - 1] as numpy does', () => {
    expect(() => numpyRandomState(-1)).toThrow('Seed must be between 0 and 2**32 - 1');
  });
});

import { describe, expect, it } from 'vitest';
import { attempt, failureLine } from '../errors';
import type { Tensor } from '../tensor';
import { allAny, argExtreme } from './argReduce';
import { testRuntime } from './gradcheck';

const rt = testRuntime();
const values = (t: Tensor) => Array.from(t.values());
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};

// Recorded from PyTorch 1.13.1: x = torch.tensor([[1., nan, 3.], [4., 4., 2.]])
const x = () => rt.fromValues([1, NaN, 3, 4, 4, 2], [2, 3], 'float32');

describe('argmax / argmin (recorded from PyTorch 1.13.1)', () => {
  it('a NaN counts as the extreme for both, flattened or along a dim', () => {
    expect(values(argExtreme(rt, x(), 'argmax', null, false))).toEqual([1]);
    expect(values(argExtreme(rt, x(), 'argmin', null, false))).toEqual([1]);
    expect(values(argExtreme(rt, x(), 'argmax', 1, false))).toEqual([1, 0]);
    expect(values(argExtreme(rt, x(), 'argmin', 1, false))).toEqual([1, 2]);
    expect(values(argExtreme(rt, x(), 'argmin', 0, false))).toEqual([0, 0, 1]);
    const kept = argExtreme(rt, x(), 'argmax', 0, true);
    expect([kept.shape, values(kept), kept.dtype]).toEqual([[1, 3], [1, 0, 0], 'int64']);
  });

  it('ties go to the first index', () => {
    expect(
      values(argExtreme(rt, rt.fromValues([2, 5, 5, 1], [4], 'float32'), 'argmax', null, false)),
    ).toEqual([1]);
    expect(
      values(argExtreme(rt, rt.fromValues([2, 1, 5, 1], [4], 'float32'), 'argmin', null, false)),
    ).toEqual([1]);
  });

  it('reduces the middle dim of a 3-D tensor and the last one by -1', () => {
    const y = rt.fromValues([3, 1, 0, 7, 3, 9, -1, 2, 5, 2, 4, -3], [2, 3, 2], 'float32');
    const mid = argExtreme(rt, y, 'argmax', 1, false);
    expect([mid.shape, values(mid)]).toEqual([
      [2, 2],
      [0, 2, 1, 0],
    ]);
    expect(argExtreme(rt, y, 'argmax', 1, true).shape).toEqual([2, 1, 2]);
    expect(values(argExtreme(rt, y, 'argmin', -1, false))).toEqual([1, 0, 0, 0, 1, 1]);
    expect(values(argExtreme(rt, y, 'argmax', null, false))).toEqual([5]);
  });

  it('a 0-d tensor accepts dim 0 and -1 and gives a 0-d index', () => {
    const s = rt.fromValues([3], [], 'float32');
    for (const dim of [null, 0, -1]) {
      const r = argExtreme(rt, s, 'argmax', dim, dim === -1);
      expect([r.shape, values(r)]).toEqual([[], [0]]);
    }
  });

  it("raises PyTorch's errors for empty inputs and bad dims; an empty kept dim gives an empty result", () => {
    expect(errorLine(() => argExtreme(rt, rt.full([0], 0, 'float32'), 'argmax', null, false))).toBe(
      'IndexError: argmax(): Expected reduction dim to be specified for input.numel() == 0.',
    );
    expect(errorLine(() => argExtreme(rt, rt.full([0], 0, 'float32'), 'argmin', null, false))).toBe(
      'IndexError: argmin(): Expected reduction dim to be specified for input.numel() == 0.',
    );
    expect(
      errorLine(() => argExtreme(rt, rt.full([0, 3], 0, 'float32'), 'argmax', -2, false)),
    ).toBe('IndexError: argmax(): Expected reduction dim 0 to have non-zero size.');
    expect(errorLine(() => argExtreme(rt, rt.full([2, 0], 0, 'float32'), 'argmin', 1, false))).toBe(
      'IndexError: argmin(): Expected reduction dim 1 to have non-zero size.',
    );
    expect(errorLine(() => argExtreme(rt, rt.full([2, 3], 0, 'float32'), 'argmax', 2, false))).toBe(
      'IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)',
    );
    expect(argExtreme(rt, rt.full([0, 3], 0, 'float32'), 'argmax', 1, false).shape).toEqual([0]);
  });
});

describe('all / any (recorded from PyTorch 1.13.1)', () => {
  it('uint8 inputs keep uint8 results; other dtypes give bool', () => {
    const u = rt.fromValues([1, 0, 1, 1], [2, 2], 'uint8');
    const all1 = allAny(rt, u, 'all', 1, false);
    expect([values(all1), all1.dtype]).toEqual([[0, 1], 'uint8']);
    expect(values(allAny(rt, u, 'any', 0, false))).toEqual([1, 1]);
    expect(values(allAny(rt, u, 'all', null, false))).toEqual([0]);
    const f = allAny(rt, rt.fromValues([0, 2, 0, 0], [2, 2], 'float32'), 'any', 1, true);
    expect([f.shape, values(f), f.dtype]).toEqual([[2, 1], [1, 0], 'bool']);
    expect(values(allAny(rt, rt.fromValues([1, 0], [1, 2], 'bool'), 'all', 0, false))).toEqual([
      1, 0,
    ]);
  });

  it('over nothing, all is True and any is False', () => {
    expect(values(allAny(rt, rt.full([0], 0, 'float32'), 'all', null, false))).toEqual([1]);
    expect(values(allAny(rt, rt.full([0], 0, 'float32'), 'any', null, false))).toEqual([0]);
  });
});

import { describe, expect, it } from 'vitest';
import { allclose, equal, isclose, nonzeroTuple, where } from './compare';
import { gradcheck, leaf, testRuntime } from './gradcheck';
import { cat, stack } from './join';

const tol = { rtol: 1e-5, atol: 1e-8, equalNan: false };

describe('join and compare ops', () => {
  it('cat joins along a dim and promotes dtypes; stack adds a dim', () => {
    const rt = testRuntime();
    const a = rt.fromValues([1, 2, 3, 4], [2, 2], 'float32');
    const b = rt.fromValues([5, 6], [1, 2], 'float64');
    const c = cat(rt, [a, b], 0);
    expect([c.shape, c.dtype, Array.from(c.values())]).toEqual([
      [3, 2],
      'float64',
      [1, 2, 3, 4, 5, 6],
    ]);
    expect(Array.from(cat(rt, [a, a], 1).values())).toEqual([1, 2, 1, 2, 3, 4, 3, 4]);
    expect(() => cat(rt, [a, b], 1)).toThrow(
      'Sizes of tensors must match except in dimension 1. Expected size 2 but got size 1 for tensor number 1 in the list.',
    );
    const s = stack(rt, [a, a], 2);
    expect([s.shape, Array.from(s.values())]).toEqual([
      [2, 2, 2],
      [1, 1, 2, 2, 3, 3, 4, 4],
    ]);
    expect(() => stack(rt, [a, b], 0)).toThrow(
      'stack expects each tensor to be equal size, but got [2, 2] at entry 0 and [1, 2] at entry 1',
    );
  });

  it('cat, stack and where pass gradients back like finite differences', () => {
    const rt = testRuntime();
    const a = leaf(rt, [1, 2, 3, 4], [2, 2]);
    const b = leaf(rt, [5, 6], [1, 2]);
    const cond = rt.fromValues([1, 0], [2], 'bool');
    for (const [f, xs] of [
      [(x: typeof a, y: typeof a) => cat(rt, [x, y], 0), [a, b]],
      [(x: typeof a) => stack(rt, [x, x], 1), [a]],
      [(x: typeof a, y: typeof a) => where(rt, cond, x, y), [a, b]],
    ] as const) {
      const { analytic, numeric } = gradcheck(rt, f as never, [...xs]);
      analytic.forEach((row, i) => row.forEach((g, j) => expect(g).toBeCloseTo(numeric[i][j], 5)));
    }
  });

  it('isclose is |a - b| <= atol + rtol |b| with NaN and infinity rules; equal needs equal shapes', () => {
    const rt = testRuntime();
    const a = rt.fromValues([1, 2, 3], [3], 'float32');
    expect(
      Array.from(isclose(rt, a, rt.fromValues([1, 2.1, 3.00001], [3], 'float32'), tol).values()),
    ).toEqual([1, 0, 1]);
    const inf = rt.fromValues([Infinity, NaN], [2], 'float32');
    expect(Array.from(isclose(rt, inf, inf, tol).values())).toEqual([1, 0]);
    expect(Array.from(isclose(rt, inf, inf, { ...tol, equalNan: true }).values())).toEqual([1, 1]);
    expect(() => allclose(rt, a, rt.fromValues([1, 2, 3], [3], 'float64'), tol)).toThrow(
      'Float did not match Double',
    );
    expect(equal(a, rt.fromValues([1, 2, 3], [3], 'int64'))).toBe(true);
    expect(equal(a, rt.fromValues([1, 2], [2], 'float32'))).toBe(false);
  });

  it('nonzero as a tuple gives one index tensor per dimension', () => {
    const rt = testRuntime();
    const [r, c] = nonzeroTuple(rt, rt.fromValues([0, 1, 1, 0], [2, 2], 'int64'));
    expect([Array.from(r.values()), Array.from(c.values())]).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { allAny, argExtreme } from './argReduce';
import { gradcheck, leaf, testRuntime } from './gradcheck';
import { extreme, extremeDim, mean, sum } from './reduce';
import { softmax } from './softmax';
import { prod, variance } from './stats';

const X = [1, 2, 4, 3, 5, 9];

describe('reductions', () => {
  it('sum and mean over dims and keepdim', () => {
    const rt = testRuntime();
    const x = rt.fromValues(X, [2, 3], 'float64');
    expect(Array.from(sum(rt, x, [0]).values())).toEqual([4, 7, 13]);
    expect(sum(rt, x, [1], true).shape).toEqual([2, 1]);
    expect(Array.from(mean(rt, x, [-1]).values())).toEqual([7 / 3, 17 / 3]);
    expect(sum(rt, rt.fromValues([1, 1, 0], [3], 'bool')).dtype).toBe('int64');
  });

  it('var and std match the closed forms (recorded: x.var() == 8, x.std(unbiased=False) == 2.5820)', () => {
    const rt = testRuntime();
    const x = rt.fromValues(X, [2, 3], 'float64');
    expect(variance(rt, x, null, true, false, false).values()[0]).toBeCloseTo(8, 12);
    expect(variance(rt, x, null, false, false, true).values()[0]).toBeCloseTo(
      Math.sqrt(40 / 6),
      12,
    );
    expect(
      Array.from(variance(rt, x, [1], true, false, false).values()).map((v) => +v.toFixed(4)),
    ).toEqual([2.3333, 9.3333]);
    expect(
      Number.isNaN(
        variance(rt, rt.fromValues([3], [1], 'float64'), null, true, false, true).values()[0],
      ),
    ).toBe(true);
  });

  it('differentiates sum, mean, var, std, prod, softmax and log_softmax like finite differences', () => {
    const rt = testRuntime();
    const x = leaf(rt, [0.5, -1.2, 2, 1.5, 0.3, -0.7], [2, 3]);
    const fs = [
      (t: typeof x) => sum(rt, t, [1]),
      (t: typeof x) => mean(rt, t, [0], true),
      (t: typeof x) => variance(rt, t, [1], true, false, false),
      (t: typeof x) => variance(rt, t, null, false, false, true),
      (t: typeof x) => prod(rt, t, 0, false),
      (t: typeof x) => prod(rt, t, null, false),
      (t: typeof x) => softmax(rt, t, 1, false),
      (t: typeof x) => softmax(rt, t, 0, true),
      (t: typeof x) => extreme(rt, t, 'max'),
      (t: typeof x) => extremeDim(rt, t, 'min', 1)[0],
    ];
    for (const f of fs) {
      const { analytic, numeric } = gradcheck(rt, f, [x]);
      analytic[0].forEach((g, i) => expect(g).toBeCloseTo(numeric[0][i], 5));
    }
  });

  it('prod of a zero keeps the other factors in the gradient', () => {
    const rt = testRuntime();
    const x = leaf(rt, [2, 0, 3], [3]);
    const { analytic } = gradcheck(rt, (t) => prod(rt, t, null, false), [x]);
    expect(analytic[0]).toEqual([0, 6, 0]);
  });

  it('softmax rows sum to one and log_softmax is its log', () => {
    const rt = testRuntime();
    const x = rt.fromValues([1, 2, 3, 1, 1, 1], [2, 3], 'float64');
    const s = softmax(rt, x, 1, false).values();
    expect(s[0] + s[1] + s[2]).toBeCloseTo(1, 14);
    const l = softmax(rt, x, 1, true).values();
    l.forEach((v, i) => expect(v).toBeCloseTo(Math.log(s[i]), 14));
  });

  it('argmax / argmin take the first extreme; all / any reduce truth values', () => {
    const rt = testRuntime();
    const x = rt.fromValues([2, -1, 3, 0.5, 4, -2], [2, 3], 'float64');
    expect(Array.from(argExtreme(rt, x, 'argmax', null, false).values())).toEqual([4]);
    expect(Array.from(argExtreme(rt, x, 'argmax', 1, false).values())).toEqual([2, 1]);
    expect(argExtreme(rt, x, 'argmin', 0, true).shape).toEqual([1, 3]);
    expect(
      Array.from(
        argExtreme(rt, rt.fromValues([1, 3, 3], [3], 'float64'), 'argmax', null, false).values(),
      ),
    ).toEqual([1]);
    const m = rt.fromValues([1, 0, 1, 1], [2, 2], 'bool');
    expect(Array.from(allAny(rt, m, 'all', 1, false).values())).toEqual([0, 1]);
    expect(Array.from(allAny(rt, m, 'any', 0, false).values())).toEqual([1, 1]);
    expect(allAny(rt, rt.fromValues([], [0], 'bool'), 'all', null, false).values()[0]).toBe(1);
  });

  it('sums int64 exactly, wrapping past 2**63', () => {
    const rt = testRuntime();
    expect(sum(rt, rt.fromExact([2n ** 62n, 2n ** 62n], [2], 'int64')).exactValues()).toEqual([
      -(2n ** 63n),
    ]);
    expect(
      prod(rt, rt.fromExact([5n, -7n, 2n ** 60n], [3], 'int64'), null, false).exactValues(),
    ).toEqual([-3458764513820540928n]);
  });
});

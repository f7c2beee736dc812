import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { attempt, failureLine } from '../errors';
import type { Tensor } from '../tensor';
import { leaf, testRuntime } from './gradcheck';
import { prod, variance } from './stats';

const rt = testRuntime();
const values = (t: Tensor) => Array.from(t.values());
const close = (actual: number[], expected: number[]) =>
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
const X = [1, 2, 4, 3, 5, 9];
const x = () => rt.fromValues(X, [2, 3], 'float64');

describe('var / std (recorded from PyTorch 1.13.1, float64)', () => {
  it('over a dim, over all dims, with correction 0, 1 or 2, keeping dims', () => {
    close(
      values(variance(rt, x(), [1], true, false, false)),
      [2.333333333333333, 9.333333333333332],
    );
    close(values(variance(rt, x(), [0], false, false, false)), [1, 2.25, 6.25]);
    close(values(variance(rt, x(), [0, 1], true, false, true)), [2.8284271247461903]);
    expect(variance(rt, x(), [1], true, true, false).shape).toEqual([2, 1]);
    close(values(variance(rt, x(), null, 2, false, false)), [10]);
    close(values(variance(rt, x(), [1], 0, false, true)), [1.247219128924647, 2.494438257849294]);
  });

  it('one element is nan unbiased and 0 biased; a correction past N divides by 0', () => {
    const one = rt.fromValues([3], [1], 'float64');
    expect(Number.isNaN(values(variance(rt, one, null, true, false, false))[0])).toBe(true);
    expect(values(variance(rt, one, null, false, false, false))).toEqual([0]);
    expect(
      values(variance(rt, rt.fromValues([1, 2], [2], 'float64'), null, 3, false, false)),
    ).toEqual([Infinity]);
    const r = attempt(() =>
      variance(rt, rt.fromValues([1, 2], [2], 'int64'), null, true, false, false),
    );
    expect(r.ok ? null : failureLine(r)).toBe(
      'RuntimeError: std and var only support floating point and complex dtypes',
    );
  });

  it('VarBackward0 and StdBackward0 give the recorded gradients', () => {
    const a = leaf(rt, X, [2, 3]);
    const v = variance(rt, a, [1], true, false, false);
    expect(v.gradFn?.name).toBe('VarBackward0');
    runBackward(rt, v, Float64Array.of(1, 2), false);
    close(
      values(a.grad!),
      [
        -1.3333333333333335, -0.3333333333333335, 1.6666666666666665, -5.333333333333334,
        -1.333333333333334, 6.666666666666666,
      ],
    );
    const b = leaf(rt, X, [2, 3]);
    const s = variance(rt, b, null, true, false, true);
    expect(s.gradFn?.name).toBe('StdBackward0');
    runBackward(rt, s, Float64Array.of(1), false);
    close(
      values(b.grad!),
      [
        -0.21213203435596426, -0.1414213562373095, 0, -0.07071067811865475, 0.07071067811865475,
        0.35355339059327373,
      ],
    );
  });
});

describe('prod (recorded from PyTorch 1.13.1)', () => {
  it('a zero factor zeroes the product but not the gradient of that factor', () => {
    const p = leaf(rt, [2, 0, 3, 1, 4, 5], [2, 3]);
    const rows = prod(rt, p, 1, false);
    expect([values(rows), rows.gradFn?.name]).toEqual([[0, 20], 'ProdBackward1']);
    runBackward(rt, rows, Float64Array.of(1, 2), false);
    expect(values(p.grad!)).toEqual([0, 6, 0, 40, 10, 8]);
    const q = leaf(rt, [2, 0, 3, 1, 4, 5], [2, 3]);
    const all = prod(rt, q, null, false);
    expect([values(all), all.gradFn?.name]).toEqual([[0], 'ProdBackward0']);
    runBackward(rt, all, Float64Array.of(1), false);
    expect(values(q.grad!)).toEqual([0, 120, 0, 0, 0, 0]);
  });

  it('integers and bools multiply exactly into int64, wrapping past 2**63; an empty product is 1', () => {
    const ints = prod(rt, rt.fromValues([2, 3, 4, 5], [2, 2], 'int64'), 0, false);
    expect([values(ints), ints.dtype]).toEqual([[8, 15], 'int64']);
    expect(prod(rt, rt.fromValues([1, 1], [2], 'bool'), null, false).dtype).toBe('int64');
    expect(prod(rt, rt.fromValues([3], [1], 'int32'), null, false).dtype).toBe('int64');
    const big = rt.fromExact([2n ** 40n, 2n ** 40n], [2], 'int64');
    expect(prod(rt, big, null, false).exactValues()).toEqual([0n]);
    expect(prod(rt, rt.fromValues([2, 3], [2], 'float32'), 0, true).shape).toEqual([1]);
    expect(values(prod(rt, rt.full([0], 0, 'float32'), null, false))).toEqual([1]);
  });
});

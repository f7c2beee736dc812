import { describe, expect, it } from 'vitest';
import { attempt, failureLine } from '../errors';
import type { Tensor } from '../tensor';
import { allclose, equal, isclose, nonzeroTuple, where } from './compare';
import { leaf, testRuntime } from './gradcheck';
import { runBackward } from '../autograd';

const rt = testRuntime();
const values = (t: Tensor) => Array.from(t.values());
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};
const DEFAULT = { rtol: 1e-5, atol: 1e-8, equalNan: false };

describe('isclose / allclose / equal (recorded from PyTorch 1.13.1)', () => {
  it('|a - b| <= atol + rtol |b|; infinities equal themselves; NaN only with equal_nan', () => {
    const a = rt.fromValues([1, 100, 1e-8, Infinity, NaN, 1], [6], 'float32');
    const b = rt.fromValues([1 + 1.19e-5, 100.001, 0, Infinity, NaN, 1.0000101], [6], 'float32');
    expect(values(isclose(rt, a, b, DEFAULT))).toEqual([0, 1, 1, 1, 0, 0]);
    expect(values(isclose(rt, a, b, { ...DEFAULT, equalNan: true }))).toEqual([0, 1, 1, 1, 1, 0]);
    expect(isclose(rt, a, b, DEFAULT).dtype).toBe('bool');
  });

  it('float32 inputs are compared in float32: a pair within tolerance there is not in float64', () => {
    const tol = { rtol: 9.999999747378752e-6, atol: 0.0010000000474974513, equalNan: false };
    const [a, b] = [0.8381210565567017, 0.8391294479370117];
    const f32 = (v: number) => rt.fromValues([v], [1], 'float32');
    const f64 = (v: number) => rt.fromValues([v], [1], 'float64');
    expect(values(isclose(rt, f32(a), f32(b), tol))).toEqual([1]);
    expect(values(isclose(rt, f64(a), f64(b), tol))).toEqual([0]);
  });

  it('integers compare through float32 tolerances', () => {
    const long = (v: number[]) => rt.fromValues(v, [v.length], 'int64');
    expect(
      values(isclose(rt, long([1, 2, 10]), long([1, 3, 11]), { ...DEFAULT, rtol: 0, atol: 1 })),
    ).toEqual([1, 1, 1]);
    expect(
      values(isclose(rt, long([10]), long([11]), { ...DEFAULT, rtol: 0.05, atol: 0.5 })),
    ).toEqual([1]);
    expect(
      values(isclose(rt, long([10]), long([11]), { ...DEFAULT, rtol: 0.09, atol: 0 })),
    ).toEqual([0]);
  });

  it('refuses mixed dtypes; allclose is every isclose; equal needs one shape and no NaN', () => {
    expect(
      errorLine(() =>
        isclose(
          rt,
          rt.fromValues([1], [1], 'float32'),
          rt.fromValues([1], [1], 'float64'),
          DEFAULT,
        ),
      ),
    ).toBe('RuntimeError: Float did not match Double');
    const f = (v: number[]) => rt.fromValues(v, [v.length], 'float32');
    expect(allclose(rt, f([1, 2]), f([1, 2.000001]), DEFAULT)).toBe(true);
    expect(allclose(rt, f([1, 2]), f([1, 2.1]), DEFAULT)).toBe(false);
    expect(equal(rt.fromValues([1, 2], [2], 'int64'), f([1, 2]))).toBe(true);
    expect(equal(rt.full([2, 1], 0, 'float32'), rt.full([2], 0, 'float32'))).toBe(false);
    expect(equal(f([NaN]), f([NaN]))).toBe(false);
  });
});

describe('where (recorded from PyTorch 1.13.1)', () => {
  it('broadcasts condition, x and y, and sends each gradient only where it was picked', () => {
    const cond = rt.fromValues([1, 0], [2, 1], 'bool');
    const x = leaf(rt, [1, 2, 3], [3]);
    const y = leaf(rt, [10, 20], [2, 1]);
    const out = where(rt, cond, x, y);
    expect([out.shape, values(out), out.gradFn?.name]).toEqual([
      [2, 3],
      [1, 2, 3, 20, 20, 20],
      'WhereBackward0',
    ]);
    runBackward(rt, out, Float64Array.of(1, 2, 3, 4, 5, 6), false);
    expect(values(x.grad!)).toEqual([1, 2, 3]);
    expect([x.grad!.shape, y.grad!.shape, values(y.grad!)]).toEqual([[3], [2, 1], [0, 15]]);
  });

  it('takes a Python scalar for y, keeps integer dtypes, accepts uint8 and refuses other conditions', () => {
    const cond = rt.fromValues([1, 0], [2, 1], 'bool');
    const x = rt.fromValues([1, 2, 3], [3], 'float64');
    expect(values(where(rt, cond, x, 0.5))).toEqual([1, 2, 3, 0.5, 0.5, 0.5]);
    const long = (v: number[]) => rt.fromValues(v, [v.length], 'int64');
    const picked = where(rt, rt.fromValues([1, 0], [2], 'uint8'), long([1, 2]), long([3, 4]));
    expect([values(picked), picked.dtype]).toEqual([[1, 4], 'int64']);
    expect(errorLine(() => where(rt, long([1, 0]), x, x))).toBe(
      'RuntimeError: where expected condition to be a boolean tensor, but got a tensor with dtype Long',
    );
  });
});

describe('nonzero(as_tuple=True) (recorded from PyTorch 1.13.1)', () => {
  it('gives one int64 index tensor per dim; a 0-d tensor counts as one dim', () => {
    const m = rt.fromValues([0, 3, 4, 0, 0, 0], [3, 2], 'int64');
    expect(nonzeroTuple(rt, m).map(values)).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(nonzeroTuple(rt, rt.fromValues([5], [], 'float32')).map(values)).toEqual([[0]]);
    const none = nonzeroTuple(rt, rt.fromValues([0], [], 'float32'));
    expect(none.map((t) => [t.shape, t.dtype])).toEqual([[[0], 'int64']]);
  });
});

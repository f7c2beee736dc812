import { describe, expect, it } from 'vitest';
import { gradcheck, leaf, testRuntime } from './gradcheck';
import {
  ADD,
  binary,
  compare,
  DIV,
  MUL,
  POW_SCALAR,
  resultType,
  SUB,
  UNARY,
  unary,
} from './pointwise';

const close = (a: number[][], b: number[][]) =>
  a.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(b[i][j], 5)));

describe('pointwise ops', () => {
  it('result_type follows PyTorch 1.13: dimensioned tensors over 0-d tensors over Python scalars, within a higher category', () => {
    const rt = testRuntime();
    const i64 = rt.fromValues([1, 2], [2], 'int64');
    const f64 = rt.fromValues([1], [1], 'float64');
    const f0 = rt.fromValues([1], [], 'float32');
    const u8 = rt.fromValues([1], [1], 'uint8');
    const i8 = rt.fromValues([1], [1], 'int8');
    // Recorded: torch.result_type(tensor([1, 2]), 1.0) == float32; (tensor([1, 2]), tensor(1.0)) == float32;
    // (uint8 tensor, int8 tensor) == int16; (2, 3) == int64.
    expect(resultType([i64, 1.0])).toBe('float32');
    expect(resultType([i64, f0])).toBe('float32');
    expect(resultType([u8, i8])).toBe('int16');
    expect(resultType([2n, 3n])).toBe('int64');
    expect(resultType([f64, f0])).toBe('float64');
    expect(
      resultType([rt.fromValues([1], [1], 'float32'), rt.fromValues([1], [], 'float64')]),
    ).toBe('float32');
  });

  it('broadcasts (2, 1) with (3,) to (2, 3) and sums gradients back to each shape', () => {
    const rt = testRuntime();
    const a = leaf(rt, [1, 2], [2, 1]);
    const b = leaf(rt, [10, 20, 30], [3]);
    const out = binary(rt, ADD, a, b);
    expect(out.shape).toEqual([2, 3]);
    expect(Array.from(out.values())).toEqual([11, 21, 31, 12, 22, 32]);
    for (const spec of [ADD, SUB, MUL, DIV]) {
      const { analytic, numeric } = gradcheck(rt, (x, y) => binary(rt, spec, x, y), [a, b]);
      close(analytic, numeric);
    }
  });

  it('differentiates every unary op and x ** 3 like finite differences', () => {
    const rt = testRuntime();
    const x = leaf(rt, [0.3, 1.7, 2.2, 0.9], [2, 2]);
    for (const name of [
      'exp',
      'log',
      'sqrt',
      'sigmoid',
      'tanh',
      'sin',
      'cos',
      'reciprocal',
      'square',
      'neg',
      'abs',
    ]) {
      const { analytic, numeric } = gradcheck(rt, (t) => unary(rt, UNARY[name], t), [x]);
      close(analytic, numeric);
    }
    const { analytic, numeric } = gradcheck(rt, (t) => binary(rt, POW_SCALAR, t, 3), [x]);
    close(analytic, numeric);
  });

  it('wraps integer arithmetic to the dtype width, exactly, as C++ does', () => {
    const rt = testRuntime();
    const big = rt.fromExact([2n ** 63n - 1n, -(2n ** 63n)], [2], 'int64');
    expect(binary(rt, ADD, big, 1n).exactValues()).toEqual([-(2n ** 63n), -(2n ** 63n) + 1n]);
    expect(binary(rt, MUL, big, 2n).exactValues()).toEqual([-2n, 0n]);
    const i32 = rt.fromValues([2 ** 31 - 1, 65536], [2], 'int32');
    expect(Array.from(binary(rt, MUL, i32, i32).values())).toEqual([1, 0]);
    expect(() => binary(rt, ADD, big, 2n ** 63n)).toThrow('Overflow when unpacking long');
  });

  it('compares int64 values beyond 2**53 exactly and never records a grad_fn', () => {
    const rt = testRuntime();
    const t = rt.fromExact([2n ** 53n + 1n], [1], 'int64');
    expect(Array.from(compare(rt, 'eq', t, 2n ** 53n).values())).toEqual([0]);
    const x = leaf(rt, [1, 2], [2]);
    const c = compare(rt, 'gt', x, 1.5);
    expect(c.dtype).toBe('bool');
    expect(c.gradFn).toBeNull();
  });
});

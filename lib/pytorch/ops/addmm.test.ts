import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { attempt, failureLine } from '../errors';
import type { Tensor } from '../tensor';
import { addmm } from './addmm';
import { gradcheck, leaf, testRuntime } from './gradcheck';

const rt = testRuntime();
const rows = (t: Tensor) => {
  const v = Array.from(t.values());
  const m = t.shape[t.shape.length - 1];
  return Array.from({ length: v.length / m }, (_, i) => v.slice(i * m, (i + 1) * m));
};
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};
const zeros = (shape: number[], dtype: 'float32' | 'float64' | 'int64' = 'float32') =>
  rt.full(shape, 0, dtype);

// Recorded from PyTorch 1.13.1 (float64):
//   bias = [0.5, -1, 2]; m1 = [[1, 2], [3, -4]]; m2 = [[0.5, 1, -1], [2, 0, 3]]
//   out = torch.addmm(bias, m1, m2, beta=0.5, alpha=2); (out * [[1, 2, 3], [4, 5, 6]]).sum().backward()
describe('addmm = beta * bias + alpha * (m1 @ m2) (recorded from PyTorch 1.13.1)', () => {
  it('gives the recorded values and gradients with beta and alpha, the bias broadcast over rows', () => {
    const bias = leaf(rt, [0.5, -1, 2], [3]);
    const m1 = leaf(rt, [1, 2, 3, -4], [2, 2]);
    const m2 = leaf(rt, [0.5, 1, -1, 2, 0, 3], [2, 3]);
    const out = addmm(rt, bias, m1, m2, 0.5, 2);
    expect([rows(out), out.gradFn?.name]).toEqual([
      [
        [9.25, 1.5, 11],
        [-12.75, 5.5, -29],
      ],
      'AddmmBackward0',
    ]);
    runBackward(rt, out, Float64Array.of(1, 2, 3, 4, 5, 6), false);
    expect(Array.from(bias.grad!.values())).toEqual([2.5, 3.5, 4.5]);
    expect(rows(m1.grad!)).toEqual([
      [-1, 22],
      [2, 52],
    ]);
    expect(rows(m2.grad!)).toEqual([
      [26, 34, 42],
      [-28, -32, -36],
    ]);
  });

  it('a column bias (2, 1) and a 0-d bias broadcast too, and sum their gradients back', () => {
    const col = leaf(rt, [1, 10], [2, 1]);
    const m1 = rt.fromValues([1, 2, 3, -4], [2, 2], 'float64');
    const m2 = rt.fromValues([0.5, 1, -1, 2, 0, 3], [2, 3], 'float64');
    const out = addmm(rt, col, m1, m2);
    expect(rows(out)).toEqual([
      [5.5, 2, 6],
      [3.5, 13, -5],
    ]);
    runBackward(rt, out, new Float64Array(6).fill(1), false);
    expect(Array.from(col.grad!.values())).toEqual([3, 3]);
    const scalar = addmm(
      rt,
      rt.fromValues([1], [], 'float32'),
      rt.full([2, 3], 1, 'float32'),
      rt.full([3, 2], 1, 'float32'),
    );
    expect(rows(scalar)).toEqual([
      [4, 4],
      [4, 4],
    ]);
  });

  it('empty inner or outer sizes: an empty product leaves beta * bias', () => {
    expect(addmm(rt, zeros([2, 0]), zeros([2, 3]), zeros([3, 0])).shape).toEqual([2, 0]);
    expect(rows(addmm(rt, rt.full([2, 2], 1, 'float32'), zeros([2, 0]), zeros([0, 2])))).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('integer matrices multiply exactly (addmm is implemented for Long on CPU)', () => {
    const long = (v: number[], shape: number[]) => rt.fromValues(v, shape, 'int64');
    const out = addmm(
      rt,
      long([1, 1], [2]),
      long([1, 2, 3, 4], [2, 2]),
      long([5, 6, 7, 8], [2, 2]),
    );
    expect([rows(out), out.dtype]).toEqual([
      [
        [20, 23],
        [44, 51],
      ],
      'int64',
    ]);
  });

  it('checks dtypes, then shapes, with the messages PyTorch 1.13 prints', () => {
    expect(errorLine(() => addmm(rt, zeros([2, 2], 'float64'), zeros([2, 2]), zeros([2, 2])))).toBe(
      'RuntimeError: self and mat2 must have the same dtype',
    );
    expect(errorLine(() => addmm(rt, zeros([2, 2]), zeros([2, 2], 'float64'), zeros([2, 2])))).toBe(
      'RuntimeError: mat1 and mat2 must have the same dtype',
    );
    expect(errorLine(() => addmm(rt, zeros([2, 2]), zeros([2, 3]), zeros([2, 2])))).toBe(
      'RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x2)',
    );
    expect(errorLine(() => addmm(rt, zeros([3]), zeros([2, 2]), zeros([2, 2])))).toBe(
      'RuntimeError: The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [2, 2].  Tensor sizes: [3]',
    );
  });

  it('differentiates like finite differences for every operand at once', () => {
    const inputs = [
      leaf(rt, [0.3, -0.2], [2, 1]),
      leaf(rt, [1, 2, 0.5, -1, 0.2, 0.7], [2, 3]),
      leaf(rt, [0.1, 0.4, -0.6, 1.2, 0.9, -0.3], [3, 2]),
    ];
    const { analytic, numeric } = gradcheck(rt, (b, a, c) => addmm(rt, b, a, c, 0.7, -1.3), inputs);
    analytic.forEach((g, i) => g.forEach((v, j) => expect(v).toBeCloseTo(numeric[i][j], 6)));
  });
});

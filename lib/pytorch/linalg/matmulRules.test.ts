import { describe, expect, it } from 'vitest';
import { matmulShape } from './matmulShape';
import { addmmShape } from './addmmShape';

// Cases worked out by hand from the documented rules and from the route
// `_matmul_impl` takes in PyTorch 1.13 (fold into mm/mv, or broadcast + bmm).
describe('matmul beyond the recorded cases', () => {
  it.each([
    [[3, 0], [0], [3]],
    [
      [2, 3, 0],
      [0, 0],
      [2, 3, 0],
    ],
    [
      [6, 1, 2, 3],
      [5, 3, 4],
      [6, 5, 2, 4],
    ],
    [[0], [2, 0, 7], [2, 7]],
    [
      [7, 1, 1, 2],
      [2, 1],
      [7, 1, 1, 1],
    ],
  ])('%j @ %j has shape %j', (a, b, shape) => {
    expect(matmulShape(a, b)).toMatchObject({ ok: true, shape });
  });

  it('a 0-d operand is refused', () => {
    expect(matmulShape([], [2, 3])).toMatchObject({
      ok: false,
      errorType: 'RuntimeError',
      error: 'both arguments to matmul need to be at least 1D, but they are 0D and 2D',
    });
  });

  it('a size-0 batch dim broadcasts only against 1, and the clash is reported before the inner mismatch', () => {
    expect(matmulShape([2, 1, 3], [0, 4, 4])).toMatchObject({
      error:
        'The size of tensor a (2) must match the size of tensor b (0) at non-singleton dimension 0',
    });
    expect(matmulShape([2, 3, 5], [2, 5, 3, 2])).toMatchObject({
      error:
        'The size of tensor a (2) must match the size of tensor b (5) at non-singleton dimension 1',
    });
  });

  it('errors of folded operands name the folded matrix, not the user shapes', () => {
    expect(matmulShape([2, 2, 4], [3, 5])).toMatchObject({
      error: 'mat1 and mat2 shapes cannot be multiplied (4x4 and 3x5)',
    });
    expect(matmulShape([6], [2, 3, 5, 4])).toMatchObject({
      error: 'size mismatch, got 24, 24x5,6',
    });
    expect(matmulShape([2, 3], [4, 5, 6])).toMatchObject({
      error: 'mat1 and mat2 shapes cannot be multiplied (24x5 and 3x2)',
      call: { kernel: 'mm', folded: true, transposed: true },
    });
  });

  it('explains 1-D @ 3-D as prepend, line up, broadcast, multiply, remove', () => {
    const result = matmulShape([3], [5, 3, 4]);
    expect(result.steps.map((s) => s.rule)).toEqual([
      'prepend-one',
      'line-up-batch',
      'broadcast',
      'multiply',
      'remove-one',
    ]);
    expect(result.steps[3]).toMatchObject({ left: [1, 3], right: [3, 4], product: [1, 4] });
    expect(result.steps[4]).toMatchObject({ before: [5, 1, 4], after: [5, 4] });
  });

  it('explains a batch clash with the dimension in the lined-up batch shape', () => {
    const steps = matmulShape([4, 4, 2, 2], [1, 3, 2, 4]).steps;
    expect(steps[steps.length - 1]).toMatchObject({
      rule: 'broadcast',
      ok: false,
      clash: { dim: 1, sizeA: 4, sizeB: 3 },
    });
  });
});

describe('addmm beyond the recorded cases', () => {
  it('checks mat1 before mat2, and the matrices before the bias', () => {
    expect(addmmShape([2, 2, 2], [3], [2])).toMatchObject({
      error: 'mat1 must be a matrix, got 1-D tensor',
    });
    expect(addmmShape([9, 9], [2, 3], [4, 5])).toMatchObject({
      error: 'mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)',
    });
  });

  it('records each check with the shapes it looked at, stopping at the one that fails', () => {
    expect(addmmShape([3, 1], [2, 3], [3, 4]).steps).toEqual([
      { check: 'mat1-is-matrix', ok: true, shape: [2, 3] },
      { check: 'mat2-is-matrix', ok: true, shape: [3, 4] },
      { check: 'inner-sizes', ok: true, left: [2, 3], right: [3, 4] },
      { check: 'bias-broadcast', ok: false, bias: [3, 1], target: [2, 4] },
    ]);
    expect(addmmShape([4], [2, 3], [5, 4]).steps.at(-1)).toEqual({
      check: 'inner-sizes',
      ok: false,
      left: [2, 3],
      right: [5, 4],
    });
  });

  it('broadcasts the bias like expand: a 1 stretches, a 0-size result is fine', () => {
    expect(addmmShape([1, 1], [2, 3], [3, 4])).toMatchObject({ ok: true, shape: [2, 4] });
    expect(addmmShape([0], [2, 3], [3, 0])).toMatchObject({ ok: true, shape: [2, 0] });
    expect(addmmShape([3, 1], [2, 3], [3, 4])).toMatchObject({
      error:
        'The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 0.  Target sizes: [2, 4].  Tensor sizes: [3, 1]',
    });
  });
});

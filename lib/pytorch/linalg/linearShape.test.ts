import { describe, expect, it } from 'vitest';
import { linearShape } from './linearShape';

describe('F.linear route and shapes (PyTorch 1.13 at::linear)', () => {
  it('a 2-D input with a bias goes through addmm, and a mismatch names input and weight.t()', () => {
    expect(linearShape([64, 20], 20, 5)).toMatchObject({
      ok: true,
      kernel: 'addmm',
      shape: [64, 5],
    });
    expect(linearShape([64, 10], 20, 5)).toMatchObject({
      ok: false,
      kernel: 'addmm',
      errorType: 'RuntimeError',
      error: 'mat1 and mat2 shapes cannot be multiplied (64x10 and 20x5)',
    });
  });

  it('a contiguous 3-D input with a bias is folded to 2-D and goes through addmm (ViewBackward0 over AddmmBackward0 in 1.13.1)', () => {
    expect(linearShape([8, 3, 20], 20, 5)).toMatchObject({
      ok: true,
      kernel: 'addmm',
      shape: [8, 3, 5],
    });
    expect(linearShape([8, 3, 10], 20, 5)).toMatchObject({
      kernel: 'addmm',
      error: 'mat1 and mat2 shapes cannot be multiplied (24x10 and 20x5)',
    });
  });

  it('without a bias, non-contiguous 3-D, 4-D or 1-D, it is matmul: leading dims are kept, a 1-D input gives a 1-D output', () => {
    expect(linearShape([64, 20], 20, 5, false)).toMatchObject({ kernel: 'matmul', shape: [64, 5] });
    expect(linearShape([8, 3, 20], 20, 5, false)).toMatchObject({
      kernel: 'matmul',
      shape: [8, 3, 5],
    });
    expect(linearShape([8, 3, 20], 20, 5, true, false)).toMatchObject({
      kernel: 'matmul',
      shape: [8, 3, 5],
    });
    expect(linearShape([2, 8, 3, 20], 20, 5)).toMatchObject({
      kernel: 'matmul',
      shape: [2, 8, 3, 5],
    });
    expect(linearShape([20], 20, 5)).toMatchObject({ kernel: 'matmul', shape: [5] });
    expect(linearShape([8, 3, 10], 20, 5, true, false)).toMatchObject({
      error: 'mat1 and mat2 shapes cannot be multiplied (24x10 and 20x5)',
    });
  });
});

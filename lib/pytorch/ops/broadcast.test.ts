import { describe, expect, it } from 'vitest';
import { attempt, failureLine } from '../errors';
import {
  broadcastIndex,
  broadcastShapes,
  expandedShape,
  expandValues,
  sumToShape,
} from './broadcast';

const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};

describe('broadcastShapes: ATen infer_size (messages recorded from PyTorch 1.13.1)', () => {
  it('aligns on the right, pads with 1s, and a 1 against 0 gives 0', () => {
    expect(broadcastShapes([2, 1, 4], [3, 1])).toEqual([2, 3, 4]);
    expect(broadcastShapes([0], [1])).toEqual([0]);
    expect(broadcastShapes([1, 0], [3, 1])).toEqual([3, 0]);
    expect(broadcastShapes([], [2, 3])).toEqual([2, 3]);
  });

  it('names the mismatched sizes and their dim in the result, checking from the last dim back', () => {
    expect(errorLine(() => broadcastShapes([2, 3], [4, 3]))).toBe(
      'RuntimeError: The size of tensor a (2) must match the size of tensor b (4) at non-singleton dimension 0',
    );
    expect(errorLine(() => broadcastShapes([5, 2, 3], [4, 3]))).toBe(
      'RuntimeError: The size of tensor a (2) must match the size of tensor b (4) at non-singleton dimension 1',
    );
    // dim 2 broadcasts (1 against 5), so the first clash found from the back is dim 1
    expect(errorLine(() => broadcastShapes([2, 3, 1], [2, 4, 5]))).toBe(
      'RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1',
    );
  });
});

describe('expandedShape: Tensor.expand (messages recorded from PyTorch 1.13.1)', () => {
  it('-1 keeps a size, new leading dims are added, a 1 stretches', () => {
    expect(expandedShape([3, 1], [-1, 4])).toEqual([3, 4]);
    expect(expandedShape([3], [2, -1])).toEqual([2, 3]);
    expect(expandedShape([1], [0])).toEqual([0]);
  });

  it('refuses fewer sizes than dims, a leading -1 and a non-singleton mismatch', () => {
    expect(errorLine(() => expandedShape([3, 1], [2]))).toBe(
      'RuntimeError: expand(torch.FloatTensor{[3, 1]}, size=[2]): the number of sizes provided (1) must be greater or equal to the number of dimensions in the tensor (2)',
    );
    expect(errorLine(() => expandedShape([3, 1], [2], 'torch.LongTensor'))).toBe(
      'RuntimeError: expand(torch.LongTensor{[3, 1]}, size=[2]): the number of sizes provided (1) must be greater or equal to the number of dimensions in the tensor (2)',
    );
    expect(errorLine(() => expandedShape([3], [-1, 3]))).toBe(
      "RuntimeError: The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension 0",
    );
    expect(errorLine(() => expandedShape([3, 2], [3, 4]))).toBe(
      'RuntimeError: The expanded size of the tensor (4) must match the existing size (2) at non-singleton dimension 1.  Target sizes: [3, 4].  Tensor sizes: [3, 2]',
    );
    expect(errorLine(() => expandedShape([3, 2], [2, 3, 4], 'torch.DoubleTensor'))).toBe(
      'RuntimeError: The expanded size of the tensor (4) must match the existing size (2) at non-singleton dimension 2.  Target sizes: [2, 3, 4].  Tensor sizes: [3, 2]',
    );
  });
});

describe('broadcast indexing and its adjoint (closed forms)', () => {
  it('each output element reads the source element at its coordinates, with 1-sized dims pinned to 0', () => {
    // (2, 1) to (2, 3): rows repeat their one value; (3,) to (2, 3): columns repeat
    expect(Array.from(broadcastIndex([2, 1], [2, 3]))).toEqual([0, 0, 0, 1, 1, 1]);
    expect(Array.from(broadcastIndex([3], [2, 3]))).toEqual([0, 1, 2, 0, 1, 2]);
    expect(Array.from(broadcastIndex([], [2, 2]))).toEqual([0, 0, 0, 0]);
    expect(Array.from(broadcastIndex([2, 1, 2], [2, 3, 2]))).toEqual([
      0, 1, 0, 1, 0, 1, 2, 3, 2, 3, 2, 3,
    ]);
    expect(Array.from(expandValues(Float64Array.of(10, 20), [2, 1], [2, 2]))).toEqual([
      10, 10, 20, 20,
    ]);
  });

  it('sumToShape adds every output element into the source element it came from', () => {
    const g = Float64Array.of(1, 2, 3, 4, 5, 6);
    expect(Array.from(sumToShape(g, [2, 3], [2, 1]))).toEqual([6, 15]);
    expect(Array.from(sumToShape(g, [2, 3], [3]))).toEqual([5, 7, 9]);
    expect(Array.from(sumToShape(g, [2, 3], [1, 3]))).toEqual([5, 7, 9]);
    expect(Array.from(sumToShape(g, [2, 3], []))).toEqual([21]);
    expect(sumToShape(g, [2, 3], [2, 3])).toBe(g);
  });
});

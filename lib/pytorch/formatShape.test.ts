import { describe, expect, it } from 'vitest';
import { formatDims, formatSizeX, formatTorchSize, formatTuple } from './formatShape';

// Expected texts are what Python 3 / PyTorch 1.13 print: str(torch.Size(...)), str(tuple), str(list).
describe('shape texts as PyTorch prints them', () => {
  it('torch.Size prints its list of sizes, also when empty', () => {
    expect(formatTorchSize([2, 3])).toBe('torch.Size([2, 3])');
    expect(formatTorchSize([])).toBe('torch.Size([])');
  });
  it('a tuple of one size keeps its trailing comma, an empty tuple is ()', () => {
    expect(formatTuple([2, 3])).toBe('(2, 3)');
    expect(formatTuple([5])).toBe('(5,)');
    expect(formatTuple([])).toBe('()');
  });
  it('an IntArrayRef prints as a list, and matmul messages join sizes with x', () => {
    expect(formatDims([2, 3])).toBe('[2, 3]');
    expect(formatDims([])).toBe('[]');
    expect(formatSizeX([64, 10])).toBe('64x10');
  });
});

import { describe, expect, it } from 'vitest';
import { exampleKernel } from './exampleKernels';

describe('example kernels', () => {
  it('vertical-edges at K = 3 is the Prewitt kernel, horizontal-edges its transpose', () => {
    expect(exampleKernel('vertical-edges', 3)).toEqual([-1, 0, 1, -1, 0, 1, -1, 0, 1]);
    expect(exampleKernel('horizontal-edges', 3)).toEqual([-1, -1, -1, 0, 0, 0, 1, 1, 1]);
  });
  it('edge and Laplacian kernels sum to 0, the box to 1, at every size', () => {
    for (const k of [1, 2, 3, 4, 5]) {
      const sum = (name: Parameters<typeof exampleKernel>[0]) =>
        exampleKernel(name, k).reduce((a, b) => a + b, 0);
      expect(sum('vertical-edges')).toBeCloseTo(0, 12);
      expect(sum('laplacian')).toBe(0);
      expect(sum('box')).toBeCloseTo(1, 12);
    }
  });
});

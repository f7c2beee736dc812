import { describe, expect, it } from 'vitest';
import { inputRange } from './receptiveField';
import { receptiveFieldCoverage, receptiveFieldInsideShare } from './receptiveFieldMaps';
import { presetStack } from './receptiveFieldPresets';

describe('receptiveFieldInsideShare', () => {
  it('is 1 for a field inside the input and (inside / size)² at a corner', () => {
    const layers = presetStack('stacked3x3');
    const ranges = [0, 1, 16].map((i) => inputRange(layers, i));
    const share = receptiveFieldInsideShare(ranges, ranges, [32, 32]);
    // Output 0 sees input rows −3…3: 4 of 7 inside.
    expect(share[0][0]).toBeCloseTo((4 / 7) ** 2, 12);
    expect(share[1][0]).toBeCloseTo((5 / 7) * (4 / 7), 12);
    expect(share[2][2]).toBe(1);
  });
});

describe('receptiveFieldCoverage', () => {
  it('a 3×3 "same" convolution on 5×5: inner pixels are seen by 9 outputs, corners by 4', () => {
    const layers = [{ type: 'conv' as const, kernel: 3, stride: 1, padding: 1, dilation: 1 }];
    const ranges = Array.from({ length: 5 }, (_, i) => inputRange(layers, i));
    const cover = receptiveFieldCoverage(ranges, ranges, [5, 5]);
    expect(cover[2][2]).toBe(9);
    expect(cover[0][0]).toBe(4);
    expect(cover[0][2]).toBe(6);
  });

  it('stride 2 without overlap: a 2×2 pool sees every input pixel exactly once', () => {
    const layers = [{ type: 'pool' as const, kernel: 2, stride: 2, padding: 0, dilation: 1 }];
    const ranges = Array.from({ length: 4 }, (_, i) => inputRange(layers, i));
    expect(
      receptiveFieldCoverage(ranges, ranges, [8, 8])
        .flat()
        .every((v) => v === 1),
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { inputGradient } from './effectiveReceptiveField';
import { gradientSpread } from './gradientSpread';

const map = (rows: number[][]) => ({
  height: rows.length,
  width: rows[0].length,
  values: Float64Array.from(rows.flat()),
});

describe('gradientSpread', () => {
  it('is 0 for one pixel, null for an all-zero map, and sqrt((k² − 1)/6) for a uniform k × k square', () => {
    expect(
      gradientSpread(
        map([
          [0, 0],
          [0, 3],
        ]),
      ),
    ).toBe(0);
    expect(
      gradientSpread(
        map([
          [0, 0],
          [0, 0],
        ]),
      ),
    ).toBeNull();
    expect(
      gradientSpread(
        map([
          [1, 1, 1],
          [1, 1, 1],
          [1, 1, 1],
        ]),
      ),
    ).toBeCloseTo(Math.sqrt(8 / 6), 12);
  });

  it('weighs by magnitude, so a sign flip changes nothing', () => {
    expect(gradientSpread(map([[1, 0, -1]]))).toBe(gradientSpread(map([[1, 0, 1]])));
    expect(gradientSpread(map([[1, 0, 1]]))).toBe(1);
  });

  it('grows like the square root of the depth for stacked 3×3 all-ones layers (Luo et al. 2016), not linearly like the theoretical field', () => {
    const conv = { type: 'conv' as const, kernel: 3, stride: 1, padding: 1, dilation: 1 };
    const spread = (n: number) =>
      gradientSpread(
        inputGradient(
          Array.from({ length: n }, () => conv),
          [41, 41],
        ),
      )!;
    // Each layer adds the variance of a uniform 3-tap walk, 2/3 per axis: spread² = 4n/3.
    for (const n of [1, 2, 4, 8]) expect(spread(n)).toBeCloseTo(Math.sqrt((4 * n) / 3), 10);
  });
});

import { describe, expect, it } from 'vitest';
import { activationShift } from './activationShift';
import { gradientChange } from './gradientChange';
import { quantiles } from './quantiles';

describe('gradientChange', () => {
  it('is ‖G − G′‖₂ and the cosine of the angle between them', () => {
    const { l2, cosine } = gradientChange([3, 0], [0, 4]);
    expect(l2).toBeCloseTo(5, 14);
    expect(cosine).toBeCloseTo(0, 14);
    expect(gradientChange([1, 2, 2], [2, 4, 4])).toEqual({ l2: 3, cosine: 1 });
    expect(gradientChange([1, -1], [-1, 1]).cosine).toBeCloseTo(-1, 14);
  });

  it('refuses gradients of different sizes', () => {
    expect(() => gradientChange([1], [1, 2])).toThrow(/differ/);
  });
});

describe('quantiles', () => {
  it('interpolates linearly as numpy.quantile does', () => {
    // numpy.quantile([1, 2, 3, 4], [0.1, 0.5, 0.9]) == [1.3, 2.5, 3.7]
    const [a, b, c] = quantiles([4, 1, 3, 2], [0.1, 0.5, 0.9]);
    expect(a).toBeCloseTo(1.3, 12);
    expect(b).toBeCloseTo(2.5, 12);
    expect(c).toBeCloseTo(3.7, 12);
    expect(quantiles([7], [0, 0.5, 1])).toEqual([7, 7, 7]);
  });
});

describe('activationShift', () => {
  it('is 0 for a still distribution and counts moves of the median and of the width', () => {
    expect(activationShift([0, 0, 0], [1, 1, 1], [2, 2, 2])).toBe(0);
    // the median moves by 1 each step; the width 2 → 4 once: (1 + 0 + 1 + 2) / 2
    expect(activationShift([0, 1, 0], [1, 2, 3], [2, 3, 4])).toBe(2);
  });
});

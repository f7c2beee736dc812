import { describe, expect, it } from 'vitest';
import { erf, gelu } from './activations';

describe('erf', () => {
  it('agrees with published values (Abramowitz and Stegun, table 7.1) on both branches', () => {
    // erf(0.5), erf(1), erf(2), erf(3) to 15 digits.
    expect(erf(0.5)).toBeCloseTo(0.520499877813047, 14);
    expect(erf(1)).toBeCloseTo(0.842700792949715, 14);
    expect(erf(-2)).toBeCloseTo(-0.995322265018953, 14);
    expect(erf(3)).toBeCloseTo(0.999977909503001, 14);
    expect(erf(0)).toBe(0);
  });

  it('is continuous where the series hands over to the continued fraction', () => {
    expect(Math.abs(erf(2.5 - 1e-12) - erf(2.5))).toBeLessThan(1e-11);
  });
});

describe('gelu', () => {
  it('has the derivative of its values (central differences)', () => {
    for (const spec of [gelu('none'), gelu('tanh')])
      for (const x of [-3, -0.7, 0, 0.3, 2.2]) {
        const h = 1e-6;
        const numeric = (spec.f(x + h) - spec.f(x - h)) / (2 * h);
        expect(spec.d(x, spec.f(x))).toBeCloseTo(numeric, 7);
      }
  });
});

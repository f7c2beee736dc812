import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../random/seeded';
import { evaluatePolynomial, fitPolynomial } from './polynomialFit';

describe('fitPolynomial', () => {
  it('recovers a cubic exactly from noiseless points', () => {
    const x = [-1, -0.6, -0.2, 0.1, 0.5, 0.8, 1];
    const t = x.map((v) => 2 - v + 0.5 * v ** 2 - 3 * v ** 3);
    const w = fitPolynomial(x, t, 3);
    [2, -1, 0.5, -3].forEach((c, k) => expect(w[k]).toBeCloseTo(c, 10));
  });

  it('degree 1 gives the textbook simple-regression slope Sxy/Sxx and intercept', () => {
    const random = seededRandom(4);
    const x = Array.from({ length: 30 }, () => random.uniform() * 2 - 1);
    const t = x.map((v) => 0.7 * v + 0.2 + 0.3 * random.normal());
    const mx = x.reduce((a, b) => a + b) / x.length;
    const mt = t.reduce((a, b) => a + b) / t.length;
    const sxy = x.reduce((s, v, i) => s + (v - mx) * (t[i] - mt), 0);
    const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
    const w = fitPolynomial(x, t, 1);
    expect(w[1]).toBeCloseTo(sxy / sxx, 12);
    expect(w[0]).toBeCloseTo(mt - (sxy / sxx) * mx, 12);
  });

  it('degree 0 is the mean of the targets', () => {
    expect(fitPolynomial([0.1, 0.5, 0.9], [1, 2, 6], 0)[0]).toBeCloseTo(3, 14);
  });

  it('ridge matches the closed form of the penalised line: slope Sxy/(Sxx + λ)', () => {
    // With the intercept unpenalised, centring shows the slope is Sxy / (Sxx + λ).
    const x = [-0.9, -0.3, 0.2, 0.4, 0.95];
    const t = [-1, -0.2, 0.5, 0.3, 1.4];
    const mx = x.reduce((a, b) => a + b) / x.length;
    const mt = t.reduce((a, b) => a + b) / t.length;
    const sxy = x.reduce((s, v, i) => s + (v - mx) * (t[i] - mt), 0);
    const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
    const lambda = 0.8;
    const w = fitPolynomial(x, t, 1, lambda);
    expect(w[1]).toBeCloseTo(sxy / (sxx + lambda), 12);
    expect(w[0]).toBeCloseTo(mt - w[1] * mx, 12);
  });

  it('interpolates n points with degree n − 1 (zero residual)', () => {
    const x = [-1, -0.5, 0, 0.5, 1];
    const t = [0.3, -0.2, 0.9, 0.1, -0.7];
    const w = fitPolynomial(x, t, 4);
    x.forEach((v, i) => expect(evaluatePolynomial(w, v)).toBeCloseTo(t[i], 10));
  });

  it('refuses a degree the points cannot determine without ridge', () => {
    expect(() => fitPolynomial([0, 1], [0, 1], 2)).toThrow(/at least 3 points/);
    expect(() => fitPolynomial([0, 1], [0, 1], 2, 0.1)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../random/seeded';
import { decompose } from './decompose';
import { capacitySweep, simulateBiasVariance, testGrid, type BiasVarianceConfig } from './simulate';

const base: BiasVarianceConfig = {
  target: 'sine',
  noise: 0.3,
  samples: 25,
  degree: 3,
  ridge: 0,
  datasets: 400,
  testPoints: 41,
};

describe('decompose', () => {
  it('per test point, mean (f − f̂)² equals bias² + variance exactly, and error = bias² + variance + noise + cross term', () => {
    const random = seededRandom(1);
    const p = 7;
    const r = 13;
    const f = Array.from({ length: p }, () => random.normal());
    const fits = Float64Array.from({ length: r * p }, () => random.normal());
    const eps = Float64Array.from({ length: r * p }, () => 0.5 * random.normal());
    const d = decompose(fits, f, eps);
    for (let j = 0; j < p; j++) {
      let direct = 0;
      for (let k = 0; k < r; k++) direct += (f[j] - fits[k * p + j]) ** 2 / r;
      expect(d.bias2At[j] + d.varianceAt[j]).toBeCloseTo(direct, 12);
    }
    let error = 0;
    for (let k = 0; k < r; k++)
      for (let j = 0; j < p; j++) error += (f[j] + eps[k * p + j] - fits[k * p + j]) ** 2;
    expect(d.expectedError).toBeCloseTo(error / (r * p), 12);
    expect(d.sum + d.crossTerm).toBeCloseTo(d.expectedError, 12);
  });

  it('with noiseless test targets the error is bias² + variance to rounding', () => {
    const fits = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const d = decompose(fits, [0, 0], new Float64Array(6));
    // draws (1,2), (3,4), (5,6): means 3, 4; variance 8/3 at both points.
    expect(d.bias2).toBeCloseTo((9 + 16) / 2, 12);
    expect(d.variance).toBeCloseTo(8 / 3, 12);
    expect(d.expectedError).toBeCloseTo(d.bias2 + d.variance, 12);
  });
});

describe('simulateBiasVariance', () => {
  it('the measured error matches bias² + variance + σ² within Monte-Carlo error', () => {
    for (const degree of [1, 3, 8]) {
      const d = simulateBiasVariance({ ...base, degree }, 7);
      const predicted = d.bias2 + d.variance + base.noise ** 2;
      expect(Math.abs(d.expectedError - predicted)).toBeLessThan(4 * d.standardError);
      expect(Math.abs(d.expectedError - d.sum)).toBeLessThan(4 * d.standardError);
      expect(d.noise).toBeCloseTo(base.noise ** 2, 2);
    }
  });

  it('degree 0 agrees with the closed form: f̂ is the sample mean, variance (E[f(X)²] + σ²)/n, bias² = sin²(πx)', () => {
    // For f = sin(πx), X ~ U(−1, 1): E f(X) = 0 and Var f(X) = 1/2.
    const config = { ...base, degree: 0, datasets: 4000 };
    const d = simulateBiasVariance(config, 3);
    const variance = (0.5 + base.noise ** 2) / base.samples;
    expect(d.variance).toBeGreaterThan(variance * 0.93);
    expect(d.variance).toBeLessThan(variance * 1.07);
    const grid = testGrid(base.testPoints);
    const bias2 = grid.reduce((s, x) => s + Math.sin(Math.PI * x) ** 2, 0) / grid.length;
    // E[(f − f̄)²] = bias² + Var(f̂)/R: the estimate carries a small upward term.
    expect(Math.abs(d.bias2 - bias2 - variance / config.datasets)).toBeLessThan(0.01);
  });

  it('a capacity sweep draws the U: bias² falls, variance rises, the error is lowest in between', () => {
    const degrees = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const sweep = capacitySweep({ ...base, datasets: 200 }, degrees, 11);
    const errors = sweep.map((s) => s.expectedError);
    const best = errors.indexOf(Math.min(...errors));
    expect(best).toBeGreaterThan(0);
    expect(best).toBeLessThan(degrees.length - 1);
    expect(sweep[0].bias2).toBeGreaterThan(10 * sweep[best].bias2);
    expect(sweep.at(-1)!.variance).toBeGreaterThan(3 * sweep[best].variance);
    expect(errors.at(-1)!).toBeGreaterThan(errors[best]);
    expect(sweep[1].variance).toBeLessThan(sweep.at(-1)!.variance);
  });

  it('ridge trades variance for bias', () => {
    const plain = simulateBiasVariance({ ...base, degree: 5, datasets: 400 }, 5);
    const ridged = simulateBiasVariance({ ...base, degree: 5, datasets: 400, ridge: 1 }, 5);
    expect(ridged.variance).toBeLessThan(plain.variance);
    expect(ridged.bias2).toBeGreaterThan(plain.bias2);
  });
});

import { describe, expect, it } from 'vitest';
import { probeAlongGradient, type LandscapeOracle } from './probeAlongGradient';
import { etaGrid, summarizeLandscape } from './landscapeSummary';

/** L(w) = 1/2 w^T H w, grad L = H w, for a symmetric H. */
function quadratic(h: number[][]): LandscapeOracle {
  const mul = (w: ArrayLike<number>) =>
    Float64Array.from(h.map((row) => row.reduce((s, hij, j) => s + hij * w[j], 0)));
  return {
    grad: mul,
    loss: (w) => 0.5 * mul(w).reduce((s, v, i) => s + v * w[i], 0),
  };
}
const dot = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).reduce((s, v, i) => s + v * b[i], 0);
const norm = (a: ArrayLike<number>) => Math.sqrt(dot(a, a));

// A symmetric positive definite H with eigenvalues 1, 2 and 6 (Q diag(1, 2, 6) Q^T for a rotation Q).
const c = Math.cos(0.7);
const s = Math.sin(0.7);
const q = [
  [c, -s, 0],
  [s, c, 0],
  [0, 0, 1],
];
const lambdas = [1, 2, 6];
const H = q.map((_, i) =>
  q.map((__, j) => lambdas.reduce((sum, l, k) => sum + q[i][k] * l * q[j][k], 0)),
);

describe('landscape probes on a quadratic, where each has a closed form', () => {
  const oracle = quadratic(H);
  const w = Float64Array.from([0.3, -1.2, 0.8]);
  const g = oracle.grad(w);
  const hg = oracle.grad(g);
  const etas = etaGrid(0.1, 8);

  it('the gradient change after a step of eta is eta * ||H g||, the step length eta * ||g||', () => {
    const { samples, gradientNorm } = probeAlongGradient(oracle, w, etas);
    expect(gradientNorm).toBeCloseTo(norm(g), 12);
    samples.forEach((sample, i) => {
      expect(sample.eta).toBeCloseTo(etas[i], 15);
      expect(sample.gradientChange).toBeCloseTo(etas[i] * norm(hg), 12);
      expect(sample.stepLength).toBeCloseTo(etas[i] * norm(g), 12);
    });
  });

  it('the loss after the step is L(w) - eta g^T g + eta^2 / 2 g^T H g', () => {
    const { samples } = probeAlongGradient(oracle, w, etas);
    const l0 = oracle.loss(w);
    samples.forEach((sample) => {
      expect(sample.loss).toBeCloseTo(
        l0 - sample.eta * dot(g, g) + 0.5 * sample.eta ** 2 * dot(g, hg),
        12,
      );
    });
  });

  it('summary: the loss band is the min and max of that parabola over the grid, beta = ||H g|| / ||g|| <= lambda_max', () => {
    const summary = summarizeLandscape(probeAlongGradient(oracle, w, etas).samples);
    const parabola = etas.map(
      (eta) => oracle.loss(w) - eta * dot(g, g) + 0.5 * eta ** 2 * dot(g, hg),
    );
    expect(summary.lossMin).toBeCloseTo(Math.min(...parabola), 12);
    expect(summary.lossMax).toBeCloseTo(Math.max(...parabola), 12);
    expect(summary.gradientChangeMin).toBeCloseTo(etas[0] * norm(hg), 12);
    expect(summary.gradientChangeMax).toBeCloseTo(etas[7] * norm(hg), 12);
    expect(summary.effectiveBeta).toBeCloseTo(norm(hg) / norm(g), 12);
    expect(summary.effectiveBeta).toBeLessThanOrEqual(6 + 1e-12);
    expect(summary.effectiveBeta).toBeGreaterThanOrEqual(1 - 1e-12);
  });

  it('along an eigenvector the effective beta is exactly its eigenvalue', () => {
    lambdas.forEach((l, k) => {
      const v = Float64Array.from(q.map((row) => row[k] * 2.5));
      expect(
        summarizeLandscape(probeAlongGradient(oracle, v, etas).samples).effectiveBeta,
      ).toBeCloseTo(l, 12);
    });
  });

  it('the eta grid spans [0.5, 4] x the learning rate in equal steps', () => {
    const grid = etaGrid(0.2, 8);
    expect(grid[0]).toBeCloseTo(0.1, 15);
    expect(grid[7]).toBeCloseTo(0.8, 15);
    grid.slice(1).forEach((eta, i) => expect(eta - grid[i]).toBeCloseTo(0.7 / 7, 12));
  });

  it('a non-finite sample makes the whole summary non-finite', () => {
    const summary = summarizeLandscape([{ eta: 1, loss: NaN, gradientChange: 1, stepLength: 1 }]);
    expect(Number.isNaN(summary.effectiveBeta)).toBe(true);
  });
});

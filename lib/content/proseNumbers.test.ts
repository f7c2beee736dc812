import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linearFitData, meanSquaredError } from '../experiments/linearFit/linearFitData';
import { seededRandom } from '../random/seeded';
import { linearFitProps } from '../experiments/linearFit/linearFitProps';
import { BIAS_VARIANCE_TEST_POINTS, biasVarianceAtDefaults, leastSquaresMse, sgdStabilityThreshold } from './proseNumbers';

/** Full-batch gradient descent on the MSE of y = a·x + b; returns the final loss. */
function descend(lr: number, steps: number): number {
  const s = linearFitProps.parse({});
  const d = linearFitData({ ...s, inFeatures: 1 }, seededRandom(s.seed));
  let a = 0;
  let b = 0;
  let loss = 0;
  for (let t = 0; t < steps; t++) {
    let ga = 0;
    let gb = 0;
    loss = 0;
    for (let i = 0; i < d.n; i++) {
      const r = a * d.x[i] + b - d.y[i];
      loss += r * r;
      ga += (2 * r * d.x[i]) / d.n;
      gb += (2 * r) / d.n;
    }
    loss /= d.n;
    a -= lr * ga;
    b -= lr * gb;
  }
  return loss;
}

describe('numbers quoted in lesson prose', () => {
  it('the stability threshold is where full-batch gradient descent on the LinearFit data starts to diverge', () => {
    const threshold = sgdStabilityThreshold();
    // x uniform on [-1, 1]: the Hessian is close to 2·diag(1/3, 1), so 2/λ_max is close to 1.
    expect(threshold).toBeGreaterThan(0.9);
    expect(threshold).toBeLessThan(1.1);
    expect(descend(threshold * 0.97, 2000)).toBeLessThan(1);
    expect(descend(threshold * 1.03, 2000)).toBeGreaterThan(1e6);
  });

  it('the bias² quoted for degree 3 is small next to degree 1, and the test grid matches the widget', () => {
    expect(biasVarianceAtDefaults(3).bias2).toBeLessThan(0.02);
    expect(biasVarianceAtDefaults(1).bias2).toBeGreaterThan(0.1);
    const widget = readFileSync(join(process.cwd(), 'components/widgets/BiasVariance/BiasVariance.tsx'), 'utf8');
    // The widget reads the same constant (it is declared once, beside the bias–variance code).
    expect(widget).toContain('BIAS_VARIANCE_TEST_POINTS as TEST_POINTS');
    expect(BIAS_VARIANCE_TEST_POINTS).toBe(61);
  });
});

describe('the least-squares error quoted in getting-started', () => {
  it('is no larger than the error of the true line and close to the noise variance', () => {
    const s = linearFitProps.parse({});
    const d = linearFitData(s, seededRandom(s.seed));
    const best = leastSquaresMse();
    expect(best).toBeLessThanOrEqual(meanSquaredError(d, d.trueA, d.trueB));
    expect(best).toBeGreaterThan(0.5 * s.noise ** 2);
    expect(best).toBeLessThan(1.5 * s.noise ** 2);
  });
});

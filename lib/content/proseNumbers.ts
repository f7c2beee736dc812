import { simulateBiasVariance } from '../experiments/biasVariance/simulate';
import { BIAS_VARIANCE_TEST_POINTS } from '../experiments/biasVariance/biasVarianceCode';
import { leastSquares, linearFitData, meanSquaredError } from '../experiments/linearFit/linearFitData';
import { seededRandom } from '../random/seeded';
import { biasVarianceProps } from '../experiments/biasVariance/biasVarianceProps';
import type { ProseNumberName } from './proseNumberNames';
import { linearFitProps } from '../experiments/linearFit/linearFitProps';

/**
 * Numbers a lesson's prose quotes about a widget, computed by the same lib
 * functions the widget runs on its default settings, so text and figure
 * cannot disagree. Rendered at build time by the `ProseNumber` component.
 */

/**
 * Largest stable learning rate of full-batch gradient descent on the mean
 * squared error of y = a·x + b: the loss's Hessian is (2/n)·XᵀX with X = [x, 1],
 * and a step is stable while lr < 2/λ_max.
 */
export function sgdStabilityThreshold(): number {
  const settings = linearFitProps.parse({});
  const data = linearFitData({ ...settings, inFeatures: 1 }, seededRandom(settings.seed));
  let sxx = 0;
  let sx = 0;
  for (let i = 0; i < data.n; i++) {
    sxx += data.x[i] ** 2;
    sx += data.x[i];
  }
  const hxx = (2 * sxx) / data.n;
  const hxb = (2 * sx) / data.n;
  const hbb = 2;
  const lambdaMax = (hxx + hbb) / 2 + Math.sqrt(((hxx - hbb) / 2) ** 2 + hxb ** 2);
  return 2 / lambdaMax;
}

/** The least-squares error on the LinearFit widget's default data: its "best possible MSE". */
export function leastSquaresMse(): number {
  const settings = linearFitProps.parse({});
  const data = linearFitData(settings, seededRandom(settings.seed));
  const { a, b } = leastSquares(data);
  return meanSquaredError(data, a, b);
}

/** Test points the BiasVariance widget evaluates its fits at. */
export { BIAS_VARIANCE_TEST_POINTS };

/** The BiasVariance widget's measured bias² and variance at its default settings and a given degree. */
export function biasVarianceAtDefaults(degree: number): { bias2: number; variance: number } {
  const s = biasVarianceProps.parse({});
  const run = simulateBiasVariance(
    { target: s.target, noise: s.noise, samples: s.samples, degree, ridge: s.ridge, datasets: s.datasets, testPoints: BIAS_VARIANCE_TEST_POINTS },
    s.seed,
  );
  return { bias2: run.bias2, variance: run.variance };
}

export const proseNumbers: Record<ProseNumberName, () => number> = {
  /** 2/λ_max for the LinearFit widget's default data (getting-started). */
  sgdStabilityThreshold: () => sgdStabilityThreshold(),
  /** best possible MSE on the LinearFit widget's defaults (getting-started). */
  leastSquaresMse: () => leastSquaresMse(),
  /** bias² of the degree-3 fits on the BiasVariance widget's defaults. */
  biasSquaredDegree3: () => biasVarianceAtDefaults(3).bias2,
  /** variance of the degree-3 fits on the BiasVariance widget's defaults. */
  varianceDegree3: () => biasVarianceAtDefaults(3).variance,
};

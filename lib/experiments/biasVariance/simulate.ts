import type { Random } from '../../random/seeded';
import { seededRandom } from '../../random/seeded';
import { decompose, type Decomposition } from './decompose';
import { evaluatePolynomial, fitPolynomial } from './polynomialFit';
import { targetFunctions, type TargetName } from './targetFunctions';

export interface BiasVarianceConfig {
  target: TargetName;
  /** σ of ε in t = f(x) + ε */
  noise: number;
  /** training points per data set, x uniform on [−1, 1] */
  samples: number;
  degree: number;
  /** λ of the ridge penalty (0: plain least squares) */
  ridge: number;
  /** how many training sets are drawn */
  datasets: number;
  /** test points, evenly spaced on [−1, 1] */
  testPoints: number;
}

export interface TrainingSet {
  x: Float64Array;
  t: Float64Array;
}

export interface BiasVarianceRun extends Decomposition {
  testX: Float64Array;
  f: Float64Array;
  /** R × P predictions, row r = the fit to training set r */
  fits: Float64Array;
  /** The first training set, to draw beside the fits. */
  firstSet: TrainingSet;
}

/** One training set: x ~ U(−1, 1), t = f(x) + σ·N(0, 1). */
export function drawTrainingSet(
  config: Pick<BiasVarianceConfig, 'target' | 'noise' | 'samples'>,
  random: Random,
): TrainingSet {
  const f = targetFunctions[config.target].f;
  const x = new Float64Array(config.samples);
  const t = new Float64Array(config.samples);
  for (let i = 0; i < config.samples; i++) {
    x[i] = random.uniform() * 2 - 1;
    t[i] = f(x[i]) + config.noise * random.normal();
  }
  return { x, t };
}

/** P evenly spaced points from −1 to 1. */
export function testGrid(points: number): Float64Array {
  return Float64Array.from({ length: points }, (_, j) =>
    points === 1 ? 0 : -1 + (2 * j) / (points - 1),
  );
}

/**
 * Draws `datasets` training sets from the seed, fits a degree-d polynomial to
 * each, and scores every fit against fresh noisy targets at the test points.
 * The draws depend only on the seed, not on the degree or λ, so a capacity
 * sweep compares all degrees on the same training sets (common random numbers).
 */
export function simulateBiasVariance(config: BiasVarianceConfig, seed: number): BiasVarianceRun {
  const random = seededRandom(seed);
  const testX = testGrid(config.testPoints);
  const target = targetFunctions[config.target].f;
  const f = testX.map(target);
  const p = testX.length;
  const fits = new Float64Array(config.datasets * p);
  const testNoise = new Float64Array(config.datasets * p);
  let firstSet: TrainingSet | null = null;
  for (let r = 0; r < config.datasets; r++) {
    const set = drawTrainingSet(config, random);
    firstSet ??= set;
    const w = fitPolynomial(set.x, set.t, config.degree, config.ridge);
    for (let j = 0; j < p; j++) {
      fits[r * p + j] = evaluatePolynomial(w, testX[j]);
      testNoise[r * p + j] = config.noise * random.normal();
    }
  }
  return {
    ...decompose(fits, f, testNoise),
    testX,
    f,
    fits,
    firstSet: firstSet ?? { x: new Float64Array(), t: new Float64Array() },
  };
}

export interface SweepPoint {
  degree: number;
  bias2: number;
  variance: number;
  noise: number;
  expectedError: number;
  sum: number;
  standardError: number;
}

/** The decomposition at each degree, on the same training sets. */
export function capacitySweep(
  config: BiasVarianceConfig,
  degrees: readonly number[],
  seed: number,
): SweepPoint[] {
  return degrees.map((degree) => {
    const d = simulateBiasVariance({ ...config, degree }, seed);
    return {
      degree,
      bias2: d.bias2,
      variance: d.variance,
      noise: d.noise,
      expectedError: d.expectedError,
      sum: d.sum,
      standardError: d.standardError,
    };
  });
}

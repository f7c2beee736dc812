/**
 * The measured bias–variance–noise decomposition at P test points from R
 * fitted models (Bishop PRML §3.2, Hastie et al. ESL §7.3):
 *
 *   expected error  E[(t − f̂)²]  averaged over the draws and test points
 *   bias²           (f − E[f̂])²
 *   variance        E[(f̂ − E[f̂])²]
 *   noise           E[ε²] (measured on the test targets' own noise)
 *
 * E is the mean over the R draws (1/R, not 1/(R − 1)), so per test point
 * mean_r (f − f̂_r)² = bias² + variance holds exactly, and the error equals
 * bias² + variance + noise + 2·mean_r ε_r (f − f̂_r): a cross term whose
 * expectation is 0 because the test noise is independent of the fit.
 */
export interface Decomposition {
  bias2: number;
  variance: number;
  noise: number;
  expectedError: number;
  /** bias² + variance + noise */
  sum: number;
  /** 2·mean ε (f − f̂): error − sum, exactly. */
  crossTerm: number;
  /** Monte-Carlo standard error of expectedError (over the R draws). */
  standardError: number;
  /** E[f̂] at each test point. */
  meanFit: Float64Array;
  bias2At: Float64Array;
  varianceAt: Float64Array;
}

/**
 * `fits[r * P + j]` is draw r's prediction at test point j, `f[j]` the true
 * function there and `testNoise[r * P + j]` the noise ε of the test target
 * t = f + ε that draw r is scored against.
 */
export function decompose(
  fits: Float64Array,
  f: ArrayLike<number>,
  testNoise: Float64Array,
): Decomposition {
  const p = f.length;
  const r = fits.length / p;
  if (!Number.isInteger(r) || r < 1 || testNoise.length !== fits.length)
    throw new Error('fits and testNoise must be R × P');
  const meanFit = new Float64Array(p);
  const bias2At = new Float64Array(p);
  const varianceAt = new Float64Array(p);
  const perDraw = new Float64Array(r);
  let noise = 0;
  let cross = 0;
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let k = 0; k < r; k++) s += fits[k * p + j];
    const mean = s / r;
    let v = 0;
    for (let k = 0; k < r; k++) {
      const fit = fits[k * p + j];
      const eps = testNoise[k * p + j];
      v += (fit - mean) ** 2;
      noise += eps * eps;
      cross += 2 * eps * (f[j] - fit);
      perDraw[k] += (f[j] + eps - fit) ** 2 / p;
    }
    meanFit[j] = mean;
    bias2At[j] = (f[j] - mean) ** 2;
    varianceAt[j] = v / r;
  }
  const avg = (a: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < a.length; i++) s += a[i];
    return s / a.length;
  };
  const bias2 = avg(bias2At);
  const variance = avg(varianceAt);
  const expectedError = avg(perDraw);
  let spread = 0;
  for (const e of perDraw) spread += (e - expectedError) ** 2;
  const standardError = r > 1 ? Math.sqrt(spread / (r - 1) / r) : NaN;
  noise /= r * p;
  return {
    bias2,
    variance,
    noise,
    expectedError,
    sum: bias2 + variance + noise,
    crossTerm: cross / (r * p),
    standardError,
    meanFit,
    bias2At,
    varianceAt,
  };
}

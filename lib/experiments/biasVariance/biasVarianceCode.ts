import type { TargetName } from './targetFunctions';

/** The BiasVariance widget's settings the program depends on. */
export interface BiasVarianceCodeSettings {
  target: TargetName;
  noise: number;
  samples: number;
  degree: number;
  ridge: number;
  datasets: number;
  maxDegree: number;
  seed: number;
}

/** Evenly spaced test points on [−1, 1] at which the widget measures the decomposition. */
export const BIAS_VARIANCE_TEST_POINTS = 61;

const TARGET_CODE: Record<TargetName, string> = {
  sine: 'np.sin(np.pi * x)',
  cubic: 'x**3 - x / 2',
  step: 'np.where(x < 0, -0.5, 0.5)',
};

/**
 * The BiasVariance widget in NumPy and scikit-learn: `datasets` training sets of `samples`
 * points, t = f(x) + ε, a degree-d polynomial fitted to each (least squares, or ridge with an
 * unpenalised constant: `Ridge` centres the data, which is the same thing), and the measured
 * bias², variance, noise and test error at `testPoints` evenly spaced test points; then the
 * same on the same training sets for every degree of the capacity sweep. NumPy draws other
 * numbers than the site's generator, so the values differ a little from the widget's.
 */
export function biasVarianceCode(s: BiasVarianceCodeSettings, testPoints: number): string {
  const maxDegree = Math.min(s.maxDegree, s.samples - 1);
  const model =
    s.ridge > 0
      ? 'make_pipeline(PolynomialFeatures(degree, include_bias=False), Ridge(alpha=RIDGE))'
      : 'make_pipeline(PolynomialFeatures(degree, include_bias=False), LinearRegression())';
  return [
    'import numpy as np',
    'from sklearn.dummy import DummyRegressor',
    `from sklearn.linear_model import ${s.ridge > 0 ? 'Ridge' : 'LinearRegression'}`,
    'from sklearn.pipeline import make_pipeline',
    'from sklearn.preprocessing import PolynomialFeatures',
    '',
    `NOISE = ${s.noise}  # sigma of the noise in t = f(x) + noise`,
    `SAMPLES = ${s.samples}  # training points per data set`,
    `DEGREE = ${s.degree}`,
    ...(s.ridge > 0 ? [`RIDGE = ${s.ridge}  # lambda; the constant is not penalised`] : []),
    `DATASETS = ${s.datasets}`,
    `TEST_POINTS = ${testPoints}`,
    '',
    '',
    'def f(x):',
    `    return ${TARGET_CODE[s.target]}`,
    '',
    '',
    `rng = np.random.default_rng(${s.seed})`,
    'x_train = rng.uniform(-1, 1, (DATASETS, SAMPLES))',
    't_train = f(x_train) + NOISE * rng.standard_normal((DATASETS, SAMPLES))',
    'x_test = np.linspace(-1, 1, TEST_POINTS)',
    't_test = f(x_test) + NOISE * rng.standard_normal((DATASETS, TEST_POINTS))  # fresh noise per fit',
    '',
    '',
    'def decomposition(degree):',
    '    """bias^2, variance, noise and expected test error, averaged over the test points."""',
    '    fits = np.empty((DATASETS, TEST_POINTS))',
    '    for r in range(DATASETS):',
    `        model = DummyRegressor() if degree == 0 else ${model}`,
    '        fits[r] = model.fit(x_train[r, :, None], t_train[r]).predict(x_test[:, None])',
    '    bias2 = ((f(x_test) - fits.mean(axis=0)) ** 2).mean()',
    '    variance = fits.var(axis=0).mean()',
    '    noise = ((t_test - f(x_test)) ** 2).mean()',
    '    error = ((t_test - fits) ** 2).mean()',
    '    return bias2, variance, noise, error',
    '',
    '',
    'bias2, variance, noise, error = decomposition(DEGREE)',
    "print(f'degree {DEGREE}: bias^2 {bias2:.4f} + variance {variance:.4f} + noise {noise:.4f} = {bias2 + variance + noise:.4f}; test error {error:.4f}')",
    '',
    '# The capacity sweep, on the same training sets',
    `for degree in range(${maxDegree + 1}):`,
    "    print(degree, ' '.join(f'{v:.4f}' for v in decomposition(degree)))",
  ].join('\n');
}

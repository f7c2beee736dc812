import { z } from 'zod';
import { targetNames } from '@/lib/biasVariance/targetFunctions';
import { defineWidget } from '../spec';

export const biasVarianceSpec = defineWidget({
  name: 'BiasVariance',
  title: 'Bias, variance and noise of a polynomial fit',
  height: 900,
  view: () => import('./BiasVariance'),
  summary: 'Draws many training sets from t = f(x) + ε, fits a polynomial to each, and measures bias², variance, noise and the expected test error, with a capacity sweep.',
  props: z.object({
    target: z.enum(targetNames).default('sine').describe('The true function f(x) on [−1, 1].'),
    noise: z.number().min(0).max(2).default(0.3).describe('σ of the noise ε in t = f(x) + ε.'),
    samples: z.number().int().min(12).max(200).default(25).describe('Training points per data set (x uniform on [−1, 1]).'),
    degree: z.number().int().min(0).max(11).default(3).describe('Degree of the fitted polynomial: the model’s capacity.'),
    ridge: z.number().min(0).max(10).default(0).describe('λ of a ridge penalty on the non-constant coefficients (0: plain least squares).'),
    datasets: z.number().int().min(20).max(2000).default(300).describe('How many training sets are drawn.'),
    maxDegree: z.number().int().min(2).max(11).default(10).describe('Highest degree of the capacity sweep.'),
    seed: z.number().int().min(0).default(1).describe('Seed of the training sets and the test noise.'),
  }),
  example: '<BiasVariance degree={3} noise={0.3} />',
});

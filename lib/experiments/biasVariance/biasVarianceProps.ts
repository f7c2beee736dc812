import { z } from 'zod';
import { targetNames } from './targetFunctions';

/** The BiasVariance widget's settings, with their bounds and defaults (the spec's props, and the prose's numbers). */
export const biasVarianceProps = z.object({
  target: z.enum(targetNames).default('sine').describe('The true function f(x) on [−1, 1].'),
  noise: z.number().min(0).max(2).default(0.3).describe('σ of the noise ε in t = f(x) + ε.'),
  samples: z
    .number()
    .int()
    .min(12)
    .max(200)
    .default(25)
    .describe('Training points per data set (x uniform on [−1, 1]).'),
  degree: z
    .number()
    .int()
    .min(0)
    .max(11)
    .default(3)
    .describe('Degree of the fitted polynomial: the model’s capacity.'),
  ridge: z
    .number()
    .min(0)
    .max(10)
    .default(0)
    .describe('λ of a ridge penalty on the non-constant coefficients (0: plain least squares).'),
  datasets: z
    .number()
    .int()
    .min(20)
    .max(2000)
    .default(300)
    .describe('How many training sets are drawn.'),
  maxDegree: z
    .number()
    .int()
    .min(2)
    .max(11)
    .default(10)
    .describe('Highest degree of the capacity sweep.'),
  seed: z
    .number()
    .int()
    .min(0)
    .default(1)
    .describe('Seed of the training sets and the test noise.'),
});

import { biasVarianceProps } from '@/lib/experiments/biasVariance/biasVarianceProps';
import { defineWidget } from '../spec';

export const biasVarianceSpec = defineWidget({
  name: 'BiasVariance',
  title: 'Bias, variance and noise of a polynomial fit',
  height: 900,
  summary:
    'Draws many training sets from t = f(x) + ε, fits a polynomial to each, and measures bias², variance, noise and the expected test error, with a capacity sweep.',
  props: biasVarianceProps,
  example: '<BiasVariance degree={3} noise={0.3} />',
});

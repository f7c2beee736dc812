import {
  covariateShiftConfig,
  covariateShiftConfigFrom,
} from '@/lib/experiments/covariateShift/covariateShiftConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const covariateShiftSpec = defineWidget({
  name: 'CovariateShift',
  title: 'Is it internal covariate shift? Standard, batch norm and noisy batch norm',
  height: 1300,
  experiment: experiments.CovariateShift,
  summary:
    'Santurkar et al.’s “ICS is not the reason” experiment: a standard MLP, batch norm, and batch norm with noise that shifts the activations every step, trained side by side on the digits, with activation quantiles, test accuracy and internal covariate shift by Definition 2.1.',
  props: covariateShiftConfig
    .pick({
      learningRate: true,
      batchSize: true,
      steps: true,
      hiddenLayers: true,
      width: true,
      probeLayer: true,
      probeUnit: true,
      noiseMean: true,
      noiseStd: true,
    })
    .extend({
      seed: seedProp(
        1,
        'Seed of the split, the shared initial weights, the batches and the noise.',
      ),
    }),
  config: covariateShiftConfigFrom,
  example: '<CovariateShift learningRate={0.1} noiseMean={1} />',
});

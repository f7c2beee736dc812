import { z } from 'zod';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const covariateShiftSpec = defineWidget({
  name: 'CovariateShift',
  title: 'Is it internal covariate shift? Standard, batch norm and noisy batch norm',
  height: 1300,
  experiment: experiments.CovariateShift,
  summary:
    'Santurkar et al.’s “ICS is not the reason” experiment: a standard MLP, batch norm, and batch norm with noise that shifts the activations every step, trained side by side on the digits, with activation quantiles, test accuracy and internal covariate shift by Definition 2.1.',
  props: z.object({
    learningRate: z
      .number()
      .positive()
      .max(2)
      .default(0.1)
      .describe('SGD step size, the same for the three networks.'),
    batchSize: z
      .number()
      .int()
      .min(4)
      .max(256)
      .default(32)
      .describe('Samples per step (the same minibatches for all three).'),
    steps: z.number().int().min(10).max(3000).default(300).describe('Steps a full run takes.'),
    hiddenLayers: z.number().int().min(2).max(6).default(3).describe('Hidden layers of the MLP.'),
    width: z.number().int().min(8).max(128).default(32).describe('Units per hidden layer.'),
    probeLayer: z
      .number()
      .int()
      .min(2)
      .max(6)
      .default(2)
      .describe(
        'Hidden layer (1-based, at least 2) whose activations and gradient change are measured.',
      ),
    probeUnit: z
      .number()
      .int()
      .min(0)
      .max(127)
      .default(0)
      .describe('Unit of the probed layer whose activation quantiles are plotted.'),
    noiseMean: z
      .number()
      .min(0)
      .max(5)
      .default(1)
      .describe('Each step, each unit’s noise mean is drawn from U(−noiseMean, noiseMean).'),
    noiseStd: z
      .number()
      .min(0)
      .max(5)
      .default(1)
      .describe('Each step, each unit’s noise standard deviation is drawn from U(0, noiseStd).'),
    seed: z
      .number()
      .int()
      .min(0)
      .default(1)
      .describe('Seed of the split, the shared initial weights, the batches and the noise.'),
  }),
  example: '<CovariateShift learningRate={0.1} noiseMean={1} />',
});

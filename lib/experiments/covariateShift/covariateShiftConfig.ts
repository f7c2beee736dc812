import { z } from 'zod';

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const covariateShiftConfig = z.object({
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
  testSize: z.number().int().min(50),
  /** test accuracy is measured every this many steps (and carried between) */
  evalEvery: z.number().int().min(1),
});
export type CovariateShiftConfig = z.infer<typeof covariateShiftConfig>;

/** The widget's run: its settings, with 400 test digits and the test accuracy every 5 steps. */
export function covariateShiftConfigFrom(
  props: Omit<CovariateShiftConfig, 'testSize' | 'evalEvery'>,
): CovariateShiftConfig {
  return {
    learningRate: props.learningRate,
    batchSize: props.batchSize,
    steps: props.steps,
    hiddenLayers: props.hiddenLayers,
    width: props.width,
    probeLayer: props.probeLayer,
    probeUnit: props.probeUnit,
    noiseMean: props.noiseMean,
    noiseStd: props.noiseStd,
    testSize: 400,
    evalEvery: 5,
  };
}

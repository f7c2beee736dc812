import { z } from 'zod';

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const deformableSamplingConfig = z.object({
  maxRotation: z
    .number()
    .min(0)
    .max(60)
    .default(40)
    .describe('Largest random rotation of the digits either way, in degrees.'),
  maxScale: z
    .number()
    .min(1)
    .max(1.5)
    .default(1.25)
    .describe('Digits are scaled by a factor between 1/maxScale and maxScale.'),
  learningRate: z.number().positive().max(0.1).default(0.03).describe('Adam step size.'),
  batchSize: z.number().int().min(8).max(128).default(32).describe('Digits per step.'),
  steps: z.number().int().min(20).max(2000).default(300).describe('Steps a full run takes.'),
  channels: z.number().int().min(2).max(16),
  /** Test accuracy, mean offset and the shown offsets are measured every this many steps (and at steps 1 and last). */
  evalEvery: z.number().int().min(1).max(1000),
  testFraction: z.number().min(0.05).max(0.5),
  /** How many test digits' offsets are sent to the page. */
  shown: z.number().int().min(1).max(8),
});
export type DeformableSamplingConfig = z.infer<typeof deformableSamplingConfig>;

/** How many test digits the widget draws the taps of. */
export const DEFORMABLE_SHOWN = 4;

/**
 * The widget's run: its settings, with 8 channels, the test measures every 10 steps, a quarter
 * of the digits held out and the offsets of 4 test digits sent to the page.
 */
export function deformableSamplingConfigFrom(
  settings: Pick<
    DeformableSamplingConfig,
    'maxRotation' | 'maxScale' | 'learningRate' | 'batchSize' | 'steps'
  >,
): DeformableSamplingConfig {
  return {
    channels: 8,
    maxRotation: settings.maxRotation,
    maxScale: settings.maxScale,
    learningRate: settings.learningRate,
    batchSize: settings.batchSize,
    steps: settings.steps,
    evalEvery: 10,
    testFraction: 0.25,
    shown: DEFORMABLE_SHOWN,
  };
}

import { z } from 'zod';

/**
 * The settings a lesson and a reader may give, with their bounds, defaults and
 * descriptions: the widget's props schema extends this one (with its seed), so
 * the bounds are declared once and the worker enforces the same ones. It sits
 * apart from the experiment so that the spec (read by the page, the content
 * check and the worker's list) imports the schema without the training code.
 */
export const landscapeProbeConfig = z.object({
  learningRate: z
    .number()
    .positive()
    .max(20)
    .default(0.1)
    .describe('SGD learning rate of both networks.'),
  etaMin: z
    .number()
    .positive()
    .max(20)
    .default(0.5)
    .describe('Smallest probed step, as a multiple of the learning rate.'),
  etaMax: z
    .number()
    .positive()
    .max(20)
    .default(4)
    .describe('Largest probed step, as a multiple of the learning rate.'),
  etaPoints: z
    .number()
    .int()
    .min(1)
    .max(16)
    .default(8)
    .describe('How many step sizes are probed at each step.'),
  hidden: z
    .number()
    .int()
    .min(4)
    .max(128)
    .default(32)
    .describe('Units in each of the two hidden layers.'),
  batchSize: z.number().int().min(2).max(256).default(32).describe('Samples per minibatch.'),
  initScale: z
    .number()
    .positive()
    .max(10)
    .default(1)
    .describe('Multiplier on the He-uniform initial weights.'),
  steps: z.number().int().min(1).max(5000).default(400).describe('Steps a full run takes.'),
  window: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(50)
    .describe('The outputs are means over this many latest steps.'),
});
export type LandscapeProbeConfig = z.infer<typeof landscapeProbeConfig>;

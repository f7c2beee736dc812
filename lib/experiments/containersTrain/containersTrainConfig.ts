import { z } from 'zod';

/**
 * The settings a lesson and a reader may give, with their bounds, defaults and
 * descriptions: the widget's props schema extends this one (with its seed), so
 * the bounds are declared once and the worker enforces the same ones. It sits
 * apart from the experiment so that the spec (read by the page, the content
 * check and the worker's list) imports the schema without the training code.
 */
export const containersTrainConfig = z.object({
  hidden: z.number().int().min(4).max(128).default(32).describe('Width of the two hidden layers.'),
  learningRate: z.number().positive().max(5).default(0.5).describe('SGD learning rate.'),
  batchSize: z.number().int().min(1).max(512).default(32).describe('Minibatch size.'),
  steps: z.number().int().min(10).max(2000).default(300).describe('Steps a full run takes.'),
});
export type ContainersTrainConfig = z.infer<typeof containersTrainConfig>;

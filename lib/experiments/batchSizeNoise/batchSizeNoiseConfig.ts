import { z } from 'zod';

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
export const batchSizeNoiseConfig = z.object({
  smallBatch: z
    .number()
    .int()
    .min(2)
    .max(64)
    .default(8)
    .describe('Batch size of the small-batch network.'),
  largeBatch: z
    .number()
    .int()
    .min(16)
    .max(256)
    .default(128)
    .describe('Batch size of the large-batch network.'),
  learningRate: z
    .number()
    .positive()
    .max(2)
    .default(0.05)
    .describe('SGD step size of both networks.'),
  trainSize: z
    .number()
    .int()
    .min(64)
    .max(1397)
    .default(300)
    .describe('Digits in the (deliberately small) training set.'),
  testSize: z.number().int().min(50),
  width: z.number().int().min(4).max(256),
  /** ticks; one tick = largeBatch training samples seen by each network */
  steps: z
    .number()
    .int()
    .min(5)
    .max(1000)
    .default(80)
    .describe('Ticks of a full run; each tick both networks see largeBatch training samples.'),
  /** hidden unit of the first layer whose batch statistics are sampled */
  unit: z
    .number()
    .int()
    .min(0)
    .max(63)
    .default(0)
    .describe('First-layer unit whose batch statistics are sampled.'),
  /** minibatches drawn per batch size to measure the spread */
  draws: z.number().int().min(10),
});
export type BatchSizeNoiseConfig = z.infer<typeof batchSizeNoiseConfig>;

/** The widget's run: its settings, with 400 test digits, 64 hidden units and 200 draws per size. */
export function batchSizeNoiseConfigFrom(
  props: Pick<
    BatchSizeNoiseConfig,
    'smallBatch' | 'largeBatch' | 'learningRate' | 'trainSize' | 'steps' | 'unit'
  >,
): BatchSizeNoiseConfig {
  return {
    smallBatch: props.smallBatch,
    largeBatch: props.largeBatch,
    learningRate: props.learningRate,
    trainSize: props.trainSize,
    steps: props.steps,
    unit: props.unit,
    testSize: 400,
    width: 64,
    draws: 200,
  };
}

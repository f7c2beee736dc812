import { z } from 'zod';

/** The run settings every digit classifier of the lesson shares, at their widest. */
export const digitRunFields = {
  learningRate: z.number().positive().max(1),
  batchSize: z.number().int().min(1).max(256),
  steps: z.number().int().min(1).max(5000),
  /** Test accuracy is measured every this many steps (and at the last step). */
  evalEvery: z.number().int().min(1).max(1000),
  testFraction: z.number().min(0.05).max(0.5),
};

/**
 * The experiment's settings with their bounds, defaults and descriptions; the widget's props
 * schema picks from it. Apart from the experiment, so a spec imports it without training code.
 */
/** The widget's run: its settings, with 400 test digits, 64 hidden units and 200 draws per size. */
export const convTypeRaceConfig = z.object({
  ...digitRunFields,
  width: z.number().int().min(4).max(32).default(8).describe('Channels of every 3×3 stage.'),
  groups: z
    .number()
    .int()
    .min(1)
    .max(32)
    .default(4)
    .describe('Groups of the grouped network (divides the width).'),
  blocks: z.number().int().min(1).max(3).default(2).describe('3×3 stages after the shared stem.'),
  learningRate: z
    .number()
    .positive()
    .max(0.1)
    .default(0.02)
    .describe('Adam step size, the same for every network.'),
  batchSize: z
    .number()
    .int()
    .min(8)
    .max(128)
    .default(32)
    .describe('Images per step (every network sees the same minibatch).'),
  steps: z.number().int().min(20).max(2000).default(300).describe('Steps a full run takes.'),
});
export type ConvTypeRaceConfig = z.infer<typeof convTypeRaceConfig>;

/**
 * The widget's run: its settings (a group count that does not divide the width falls back to 1),
 * the whole test set every 20 steps (a test pass costs about as much as ten training steps) and a
 * quarter of the digits held out.
 */
export function convTypeRaceConfigFrom(
  settings: Pick<
    ConvTypeRaceConfig,
    'width' | 'groups' | 'blocks' | 'learningRate' | 'batchSize' | 'steps'
  >,
): ConvTypeRaceConfig {
  return {
    width: settings.width,
    groups: settings.width % settings.groups === 0 ? settings.groups : 1,
    blocks: settings.blocks,
    learningRate: settings.learningRate,
    batchSize: settings.batchSize,
    steps: settings.steps,
    evalEvery: 20,
    testFraction: 0.25,
  };
}

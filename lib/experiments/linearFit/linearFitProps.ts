import { z } from 'zod';
import { linearFitConfig } from './linearFit';

/** The LinearFit widget's settings: its experiment's config and the seed (the spec's props, and the prose's numbers). */
export const linearFitProps = linearFitConfig.extend({
  seed: z
    .number()
    .int()
    .min(0)
    .default(1)
    .describe('Seed of the data, the initial weights and the batches.'),
});

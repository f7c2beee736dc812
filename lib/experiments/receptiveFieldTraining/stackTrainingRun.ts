import type { StackLayer } from '../../pytorch/conv/receptiveField';
import type { ReceptiveFieldTrainingConfig } from './receptiveFieldTrainingConfig';

/** The run the widget's "trained on digits" option makes (Adam, batch 32, a quarter held out). */
export const stackTrainingRun = {
  learningRate: 0.01,
  batchSize: 32,
  evalEvery: 20,
  testFraction: 0.25,
} as const;

/** The widget's run for a stack, its input size and its step count. */
export function stackTrainingConfig(
  layers: readonly StackLayer[],
  inputSize: number,
  steps: number,
): ReceptiveFieldTrainingConfig {
  return { layers: layers.map((l) => ({ ...l })), inputSize, ...stackTrainingRun, steps };
}

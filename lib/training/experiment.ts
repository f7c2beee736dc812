import type * as tfc from '@tensorflow/tfjs-core';
import type { z } from 'zod';
import type { Dataset } from './data/dataset';
import type { DatasetName } from './data/load';
import type { Random } from '../random/seeded';

export type Tf = typeof tfc;

/** One step's numbers. Arrays are transferred to the page, not copied. */
export interface StepResult {
  metrics: Record<string, number>;
  arrays?: Record<string, Float32Array>;
}

/** What an experiment is given: tfjs (wasm or cpu), a seeded generator, and the data sets. */
export interface ExperimentContext {
  tf: Tf;
  random: Random;
  loadDataset(name: DatasetName): Promise<Dataset>;
}

/** A live run. It owns every tensor it makes and frees them all in `dispose`. */
export interface ExperimentRun {
  /** Runs one training step. Returned arrays must be fresh: they are transferred. */
  step(): StepResult;
  dispose(): void;
}

/**
 * An experiment is a pure definition: a config schema and a factory that,
 * given a validated config and a context, returns a run to step. The same
 * definition runs in Node tests (cpu backend) and in the worker (wasm).
 */
export interface Experiment<S extends z.ZodType = z.ZodType> {
  name: string;
  config: S;
  /** Metrics whose non-finite value means the run diverged. */
  watch: readonly string[];
  /** How many steps a full run takes for this config. */
  totalSteps(config: z.infer<S>): number;
  create(config: z.infer<S>, ctx: ExperimentContext): Promise<ExperimentRun>;
}

export function defineExperiment<S extends z.ZodType>(experiment: Experiment<S>): Experiment<S> {
  return experiment;
}

/** The first watched metric that is NaN or infinite, if any. */
export function divergedMetric(result: StepResult, watch: readonly string[]): string | null {
  for (const key of watch) {
    const v = result.metrics[key];
    if (v !== undefined && !Number.isFinite(v)) return key;
  }
  return null;
}

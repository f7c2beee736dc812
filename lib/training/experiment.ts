import type * as tfc from '@tensorflow/tfjs-core';
import type { z } from 'zod';
import type { Dataset } from './data/dataset';
import type { DatasetName } from './data/load';
import type { Random } from '../random/seeded';

export type Tf = typeof tfc;

/**
 * A metric name as an experiment declares it: a name (`'loss'`), or a family with one `*`
 * for the network, fold or batch size it belongs to (`'loss-*'` declares `loss-standard`,
 * `loss-bn-0`, …). `MetricName` turns a declaration into the names it covers.
 */
export type MetricName<Declared extends string> = Declared extends `${infer Head}*${infer Tail}`
  ? `${Head}${string}${Tail}`
  : Declared;

/** One step's numbers by name; a metric measured only on some steps is absent from the others. */
export type Metrics<Name extends string = string> = { [K in Name]?: number };

/** One step's numbers. Arrays are transferred to the page, not copied. */
export interface StepResult<Name extends string = string> {
  metrics: Metrics<Name>;
  arrays?: Record<string, Float32Array>;
}

/** What an experiment is given: tfjs (wasm or cpu), a seeded generator, and the data sets. */
export interface ExperimentContext {
  tf: Tf;
  random: Random;
  loadDataset(name: DatasetName): Promise<Dataset>;
}

/** A live run. It owns every tensor it makes and frees them all in `dispose`. */
export interface ExperimentRun<Name extends string = string> {
  /** Runs one training step. Returned arrays must be fresh: they are transferred. */
  step(): StepResult<Name>;
  dispose(): void;
}

/**
 * An experiment is a pure definition: a config schema and a factory that,
 * given a validated config and a context, returns a run to step. The same
 * definition runs in Node tests (cpu backend) and in the worker (wasm).
 */
export interface Experiment<S extends z.ZodType = z.ZodType, Declared extends string = string> {
  name: string;
  config: S;
  /**
   * Every metric a step may report, declared once (names and `*` families): the rows the
   * page receives are typed by them, and the contract test checks each reported name.
   */
  metrics: readonly Declared[];
  /** Metrics whose non-finite value means the run diverged. */
  watch: readonly NoInfer<MetricName<Declared>>[];
  /** How many steps a full run takes for this config. */
  totalSteps(config: z.infer<S>): number;
  create(
    config: z.infer<S>,
    ctx: ExperimentContext,
  ): Promise<ExperimentRun<NoInfer<MetricName<Declared>>>>;
}

/** The metric names an experiment reports, from its declaration. */
export type MetricOf<E> =
  E extends Experiment<z.ZodType, infer Declared> ? MetricName<Declared> : string;

export function defineExperiment<S extends z.ZodType, const Declared extends string>(
  experiment: Experiment<S, Declared>,
): Experiment<S, Declared> {
  return experiment;
}

/** Whether `name` is one of the declared metrics or families. */
export function declaresMetric(declared: readonly string[], name: string): boolean {
  return declared.some((d) => {
    const star = d.indexOf('*');
    if (star < 0) return d === name;
    const [head, tail] = [d.slice(0, star), d.slice(star + 1)];
    return name.length > d.length - 1 && name.startsWith(head) && name.endsWith(tail);
  });
}

/** The first watched metric that is NaN or infinite, if any. */
export function divergedMetric<Name extends string>(
  result: StepResult<Name>,
  watch: readonly Name[],
): Name | null {
  for (const key of watch) {
    const v = result.metrics[key];
    if (v !== undefined && !Number.isFinite(v)) return key;
  }
  return null;
}

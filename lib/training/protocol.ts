/**
 * The one protocol between a widget's page and its training worker.
 *
 *   page ── prepare (optional: load tfjs and wasm ahead of Train) ──▶ worker
 *   page ── start ──▶ worker ── ready ──▶ page
 *        ── pause / resume / step / stop ──▶
 *
 * A settings change is a new run (stop, then start with the new config): no
 * experiment could apply one mid-run, so there is no message for it.
 *        ◀── metrics (batched) ── done (finished | diverged | stopped) ── error
 */
export type Backend = 'wasm' | 'cpu';

export type ToWorker =
  | { type: 'prepare'; baseUrl: string }
  | {
      type: 'start';
      experiment: string;
      config: unknown;
      seed: number;
      baseUrl: string;
      paused?: boolean;
    }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'step'; count: number }
  | { type: 'stop' };

/** One row per completed step: `step` counts from 1. */
export interface MetricsRow {
  step: number;
  [metric: string]: number;
}

export type DoneReason = 'finished' | 'diverged' | 'stopped';

/**
 * The worker's tfjs engine when it posts a batch of metrics (`tf.memory()`): live tensors, the
 * backend's data buffers and their bytes. Steady over a long run, or something leaks.
 */
export interface EngineMemory {
  tensors: number;
  dataBuffers: number;
  bytes: number;
}

export type FromWorker =
  | { type: 'ready'; backend: Backend; totalSteps: number }
  | {
      type: 'metrics';
      rows: MetricsRow[];
      arrays?: Record<string, Float32Array>;
      memory?: EngineMemory;
    }
  | { type: 'done'; reason: DoneReason; step: number; message: string }
  | { type: 'error'; message: string };

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
 *
 * `ping` is answered at once with `pong`, even mid-run: the page's watchdog
 * asks when a worker has been quiet too long, to tell a busy one from a dead one.
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
  | { type: 'stop' }
  | { type: 'ping' };

/**
 * One row per completed step: `step` counts from 1, and the step's metrics by the names its
 * experiment declares (`Name`, from `MetricOf<typeof experiment>`). A metric measured only on
 * some steps (an evaluation every few steps) is missing from the other rows: such a view checks
 * it (`row.accuracy !== undefined`) before use.
 */
export type MetricsRow<Name extends string = string> = { step: number } & { [K in Name]: number };

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
  | {
      type: 'done';
      reason: DoneReason;
      step: number;
      message: string;
      /** For a diverged run: the watched metric that stopped being finite, and its value. */
      divergence?: { metric: string; value: number };
    }
  | { type: 'error'; message: string }
  | { type: 'pong' };

import type { Backend, DoneReason, FromWorker, MetricsRow, ToWorker } from './protocol';
import { stepsPerSecond, type StepSample } from './progress';
import { WATCHDOG_DEFAULTS, createWatchdog } from './watchdog';

export type RunStatus = 'idle' | 'loading' | 'running' | 'paused' | 'done' | 'error';

/**
 * Why a run stopped early, as data, so the page words it in its own language (`message` holds
 * the same in English, for logs and tests).
 */
export type RunNotice =
  | { kind: 'diverged'; step: number; metric: string; value: number }
  | { kind: 'lost'; step: number; cause: 'failed' | 'silent'; detail: string }
  | { kind: 'startFailed'; detail: string }
  | { kind: 'error'; detail: string };

/** The page's view of one training run, as a widget renders it, its rows named by `Name`. */
export interface RunState<Name extends string = string> {
  status: RunStatus;
  /** Steps completed. */
  step: number;
  totalSteps: number;
  backend: Backend | null;
  rows: readonly MetricsRow<Name>[];
  arrays: Record<string, Float32Array> | null;
  doneReason: DoneReason | null;
  /** "diverged at step 12: loss became NaN", an error text, or null. */
  message: string | null;
  /** The same as data, worded by the page (`null` when the run has not stopped early). */
  notice: RunNotice | null;
  /** Training speed over the last few seconds of running (null while paused or not yet known). */
  stepsPerSecond: number | null;
  /** Bumped on every update, so views can memoise on it. */
  version: number;
}

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface ClientOptions<Name extends string = string> {
  createWorker(): WorkerLike;
  experiment: string;
  baseUrl: string;
  /** Runs a callback before the next paint (requestAnimationFrame on the page). */
  schedule(callback: () => void): void;
  onUpdate(state: RunState<Name>): void;
  /** A clock in milliseconds for the speed; performance.now() by default. */
  now?(): number;
  /** How long a loading or running worker may stay quiet before it counts as lost (see watchdog). */
  watchdog?: { silenceMs: number; answerMs: number };
}

/** A run not started yet: no rows, so it is the state of a run of any experiment. */
export const initialRunState: Omit<RunState, 'rows'> & { rows: readonly never[] } = {
  status: 'idle',
  step: 0,
  totalSteps: 0,
  backend: null,
  rows: [],
  arrays: null,
  doneReason: null,
  message: null,
  notice: null,
  stepsPerSecond: null,
  version: 0,
};

const SPEED_WINDOW_MS = 3000;

/**
 * The page side of the protocol. Messages from the worker are folded into a
 * pending state and handed to the view at most once per animation frame,
 * however many metric batches arrive in between.
 */
export function createTrainingClient<Name extends string = string>(options: ClientOptions<Name>) {
  let worker: WorkerLike | null = null;
  let state: RunState<Name> = initialRunState;
  let rows: MetricsRow<Name>[] = [];
  let frameRequested = false;
  let samples: StepSample[] = [];
  const now = options.now ?? (() => performance.now());

  /** The speed with one more sample, over the samples of the last few seconds. */
  function measure(step: number): number | null {
    const time = now();
    samples = samples.filter((s) => time - s.time <= SPEED_WINDOW_MS);
    samples.push({ time, step });
    return stepsPerSecond(samples);
  }

  function update(patch: Partial<RunState<Name>>) {
    state = { ...state, ...patch, rows, version: state.version + 1 };
    watchdog.watch(worker !== null && (state.status === 'running' || state.status === 'loading'));
    if (frameRequested) return;
    frameRequested = true;
    options.schedule(() => {
      frameRequested = false;
      options.onUpdate(state);
    });
  }

  // Messages of a run that was reset or replaced are dropped until the new run's `ready`.
  let awaitingReady = false;

  function receive(message: FromWorker) {
    watchdog.heard();
    if (message.type === 'pong') return;
    if (message.type === 'ready') awaitingReady = false;
    else if (awaitingReady && message.type !== 'error') return;
    switch (message.type) {
      case 'ready':
        rows = [];
        update({
          backend: message.backend,
          totalSteps: message.totalSteps,
          step: 0,
          arrays: null,
          status: state.status === 'loading' ? pendingStatus : state.status,
        });
        break;
      case 'metrics':
        // The worker runs the experiment this client named, so its rows carry that experiment's names.
        for (const row of message.rows) rows.push(row as MetricsRow<Name>);
        {
          const step = message.rows[message.rows.length - 1].step;
          const speed = state.status === 'running' ? measure(step) : null;
          update({
            step,
            stepsPerSecond: speed ?? state.stepsPerSecond,
            ...(message.arrays ? { arrays: message.arrays } : {}),
          });
        }
        break;
      case 'done':
        samples = [];
        update({
          status: 'done',
          stepsPerSecond: null,
          doneReason: message.reason,
          message: message.reason === 'finished' ? null : message.message,
          notice:
            message.reason === 'diverged' && message.divergence
              ? { kind: 'diverged', step: message.step, ...message.divergence }
              : null,
          step: Math.max(
            state.step,
            message.reason === 'diverged' ? message.step - 1 : message.step,
          ),
        });
        break;
      case 'error':
        update({
          status: 'error',
          message: message.message,
          notice: { kind: 'error', detail: message.message },
        });
        break;
    }
  }

  let pendingStatus: RunStatus = 'running';

  function ensureWorker(): WorkerLike | null {
    if (worker) return worker;
    try {
      worker = options.createWorker();
    } catch (error) {
      update({
        status: 'error',
        message: `could not start the training worker: ${String(error)}`,
        notice: { kind: 'startFailed', detail: String(error) },
      });
      return null;
    }
    worker.onmessage = (event) => receive(event.data);
    // A worker that fails to load or throws outside the engine is not trusted with another run.
    worker.onerror = (event) =>
      lose(event.message || 'the training worker failed', 'failed', event.message || '');
    return worker;
  }

  /**
   * The worker is gone (it failed, or the watchdog heard nothing): a new one is made on the
   * next Train or Step. A run in progress stops where it was, its curve kept.
   */
  function lose(reason: string, cause: 'failed' | 'silent', detail = '') {
    watchdog.stop();
    worker?.terminate();
    worker = null;
    awaitingReady = false;
    samples = [];
    const { status, step } = state;
    if (status !== 'running' && status !== 'loading' && status !== 'paused') return;
    update({
      status: 'error',
      stepsPerSecond: null,
      message:
        (step > 0
          ? `The run stopped at step ${step}: `
          : 'The run stopped before its first step: ') + `${reason}. Train starts a new run.`,
      notice: { kind: 'lost', step, cause, detail },
    });
  }

  const watchdog = createWatchdog({
    ...(options.watchdog ?? WATCHDOG_DEFAULTS),
    ping: () => worker?.postMessage({ type: 'ping' }),
    lost: () => lose('its training worker stopped responding', 'silent'),
  });

  function start(config: unknown, seed: number, paused: boolean) {
    rows = [];
    samples = [];
    pendingStatus = paused ? 'paused' : 'running';
    const w = ensureWorker();
    if (!w) return;
    awaitingReady = true;
    update({ ...initialRunState, status: 'loading', version: state.version });
    w.postMessage({
      type: 'start',
      experiment: options.experiment,
      config,
      seed,
      baseUrl: options.baseUrl,
      paused,
    });
  }

  return {
    getState: () => state,
    /** Loads tfjs and its wasm in the worker before the first Train, so the first point comes sooner. */
    prepare() {
      ensureWorker()?.postMessage({ type: 'prepare', baseUrl: options.baseUrl });
    },
    /** Train: start a run, or resume a paused one. */
    train(config: unknown, seed: number) {
      if (state.status === 'paused' && worker) {
        worker.postMessage({ type: 'resume' });
        update({ status: 'running' });
      } else if (state.status !== 'running' && state.status !== 'loading') {
        start(config, seed, false);
      }
    },
    pause() {
      if (state.status === 'running' && worker) {
        worker.postMessage({ type: 'pause' });
        samples = [];
        update({ status: 'paused', stepsPerSecond: null });
      } else if (state.status === 'loading') {
        pendingStatus = 'paused';
        worker?.postMessage({ type: 'pause' });
      }
    },
    /** Step: one step of a paused run, starting one (paused) if there is none. */
    step(config: unknown, seed: number, count = 1) {
      if (state.status === 'paused' && worker) worker.postMessage({ type: 'step', count });
      else if (state.status === 'idle' || state.status === 'done' || state.status === 'error') {
        start(config, seed, true);
        worker?.postMessage({ type: 'step', count });
      }
    },
    reset() {
      // The worker stays, warm, for the next run; its current run is stopped and forgotten.
      worker?.postMessage({ type: 'stop' });
      awaitingReady = true;
      rows = [];
      samples = [];
      update({ ...initialRunState, version: state.version });
    },
    dispose() {
      watchdog.stop();
      worker?.terminate();
      worker = null;
    },
  };
}

export type TrainingClient<Name extends string = string> = ReturnType<
  typeof createTrainingClient<Name>
>;

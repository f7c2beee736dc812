import type { Dataset } from './data/dataset';
import type { DatasetName } from './data/load';
import { seededRandom } from '../random/seeded';
import { divergedMetric, type Experiment, type ExperimentRun, type Tf } from './experiment';
import type {
  Backend,
  DoneReason,
  EngineMemory,
  FromWorker,
  MetricsRow,
  ToWorker,
} from './protocol';

type Divergence = { metric: string; value: number };

export interface HostDeps {
  post(message: FromWorker, transfer?: Transferable[]): void;
  initTf(baseUrl: string): Promise<{ tf: Tf; backend: Backend }>;
  loadExperiment(name: string): Promise<Experiment | undefined>;
  loadDataset(name: DatasetName, baseUrl: string): Promise<Dataset>;
  /** Lets queued messages (pause, stop) in between slices of steps. */
  yieldToEvents(): Promise<void>;
  now(): number;
  /** Longest run of steps between two metric posts, in ms. */
  sliceMs?: number;
}

function engineMemory(tf: Tf | undefined): EngineMemory | undefined {
  if (!tf) return undefined;
  const { numTensors, numDataBuffers, numBytes } = tf.memory();
  return { tensors: numTensors, dataBuffers: numDataBuffers, bytes: numBytes };
}

/**
 * The worker side of the protocol, free of any worker API so that Node tests
 * drive it directly. State machine:
 *
 *   idle ─start─▶ running ⇄ paused ─(last step | NaN | stop)─▶ done
 *                    └───────── error ◀── any exception
 */
export function createTrainingHost(deps: HostDeps) {
  const sliceMs = deps.sliceMs ?? 12;
  let experiment: Experiment | undefined;
  let run: ExperimentRun | undefined;
  let tf: Tf | undefined;
  let backend: Backend | undefined;
  let tfReady: Promise<{ tf: Tf; backend: Backend }> | undefined;
  let start: Extract<ToWorker, { type: 'start' }> | undefined;
  let config: unknown;
  let mode: 'idle' | 'running' | 'paused' | 'done' = 'idle';
  let step = 0;
  let total = 0;
  let pendingSteps = 0;
  let looping = false;
  let generation = 0;

  function dispose() {
    run?.dispose();
    run = undefined;
  }

  function finish(reason: DoneReason, message: string, divergence?: Divergence) {
    mode = 'done';
    dispose();
    deps.post({ type: 'done', reason, step, message, ...(divergence ? { divergence } : {}) });
  }

  function fail(error: unknown) {
    mode = 'done';
    dispose();
    deps.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }

  async function createRun(gen: number) {
    if (!experiment || !tf || !start) return;
    const parsed = experiment.config.safeParse(config);
    if (!parsed.success)
      throw new Error(
        `invalid config for ${experiment.name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    const baseUrl = start.baseUrl;
    const created = await experiment.create(parsed.data, {
      tf,
      random: seededRandom(start.seed),
      loadDataset: (name) => deps.loadDataset(name, baseUrl),
    });
    if (gen !== generation) {
      created.dispose();
      return;
    }
    run = created;
    step = 0;
    total = experiment.totalSteps(parsed.data);
  }

  async function loop() {
    if (looping) return;
    looping = true;
    try {
      while (run && experiment && (mode === 'running' || pendingSteps > 0)) {
        const rows: MetricsRow[] = [];
        let arrays: Record<string, Float32Array> | undefined;
        const t0 = deps.now();
        let outcome: [DoneReason, string, Divergence?] | null = null;
        do {
          const result = run.step();
          step++;
          if (pendingSteps > 0) pendingSteps--;
          const bad = divergedMetric(result, experiment.watch);
          if (bad) {
            outcome = [
              'diverged',
              `diverged at step ${step}: ${bad} became ${result.metrics[bad]}`,
              { metric: bad, value: result.metrics[bad] ?? Number.NaN },
            ];
            break;
          }
          rows.push({ ...result.metrics, step });
          if (result.arrays) arrays = result.arrays;
          if (step >= total) {
            outcome = ['finished', `finished ${step} steps`];
            break;
          }
        } while ((mode === 'running' && deps.now() - t0 < sliceMs) || pendingSteps > 0);
        if (rows.length > 0) {
          const transfer = arrays ? Object.values(arrays).map((a) => a.buffer as ArrayBuffer) : [];
          deps.post(
            { type: 'metrics', rows, ...(arrays ? { arrays } : {}), memory: engineMemory(tf) },
            transfer,
          );
        }
        if (outcome) {
          finish(...outcome);
          break;
        }
        await deps.yieldToEvents();
      }
    } catch (error) {
      fail(error);
    } finally {
      looping = false;
    }
  }

  async function handleStart(message: Extract<ToWorker, { type: 'start' }>) {
    const gen = ++generation;
    dispose();
    start = message;
    config = message.config;
    mode = 'idle';
    pendingSteps = 0;
    experiment = await deps.loadExperiment(message.experiment);
    if (!experiment) throw new Error(`unknown experiment "${message.experiment}"`);
    tfReady ??= deps.initTf(message.baseUrl);
    ({ tf, backend } = await tfReady);
    await createRun(gen);
    if (gen !== generation) return;
    deps.post({ type: 'ready', backend: backend ?? 'cpu', totalSteps: total });
    mode = message.paused ? 'paused' : 'running';
    void loop();
  }

  async function handle(message: ToWorker) {
    try {
      switch (message.type) {
        case 'prepare':
          tfReady ??= deps.initTf(message.baseUrl);
          await tfReady;
          break;
        case 'start':
          await handleStart(message);
          break;
        case 'pause':
          if (mode === 'running') mode = 'paused';
          break;
        case 'resume':
          if (mode === 'paused') {
            mode = 'running';
            void loop();
          }
          break;
        case 'step':
          if (mode === 'paused') {
            pendingSteps += Math.max(1, Math.floor(message.count));
            void loop();
          }
          break;
        case 'stop':
          generation++;
          if (mode === 'running' || mode === 'paused') finish('stopped', `stopped at step ${step}`);
          else dispose();
          break;
      }
    } catch (error) {
      fail(error);
    }
  }

  // Messages are handled one after another: a `step` sent right after `start`
  // waits until the run exists. The training loop itself runs beside the queue.
  let queue: Promise<void> = Promise.resolve();
  function receive(message: ToWorker): Promise<void> {
    // Answered ahead of the queue, so that a worker busy starting a run still shows it is alive.
    if (message.type === 'ping') {
      deps.post({ type: 'pong' });
      return Promise.resolve();
    }
    queue = queue.then(() => handle(message));
    return queue;
  }

  return { receive, currentStep: () => step, isLooping: () => looping };
}

import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { experiments } from '@/components/widgets/experiments';
import { batchNormRaceSpec } from '@/components/widgets/BatchNormRace/spec';
import { batchSizeNoiseSpec } from '@/components/widgets/BatchSizeNoise/spec';
import { containersComparedSpec } from '@/components/widgets/ContainersCompared/spec';
import { convTypeRaceSpec } from '@/components/widgets/ConvTypeRace/spec';
import { covariateShiftSpec } from '@/components/widgets/CovariateShift/spec';
import { deformableSamplingSpec } from '@/components/widgets/DeformableSampling/spec';
import { knnTuningSpec } from '@/components/widgets/KnnTuning/spec';
import { landscapeProbeSpec } from '@/components/widgets/LandscapeProbe/spec';
import { linearFitSpec } from '@/components/widgets/LinearFit/spec';
import { nestedCvSpec } from '@/components/widgets/NestedCv/spec';
import { timeSeriesCvSpec } from '@/components/widgets/TimeSeriesCv/spec';
import { stackTrainingRun } from '../experiments/receptiveFieldTraining/stackTrainingRun';
import { presetStack } from '../pytorch/conv/receptiveFieldPresets';
import { batchSizeNoiseConfigFrom } from '../experiments/batchSizeNoise/batchSizeNoise';
import { covariateShiftConfigFrom } from '../experiments/covariateShift/covariateShift';
import { declaresMetric, type Experiment, type Metrics } from './experiment';
import { createTrainingHost } from './host';
import type { FromWorker } from './protocol';
import { loadDatasetFromDisk, nodeContext, nodeTf } from './testing/nodeTf';

/*
 * The contract every experiment a widget can train keeps, checked over the whole list of
 * components/widgets/experiments.ts: it declares every metric it reports, frees every tensor
 * it makes, gives the same curve for the same seed and another for another seed, and a
 * config that diverges stops in the engine with its "diverged at step N" message.
 */

type Widget = keyof typeof experiments;
type ExperimentOf<W extends Widget> = Awaited<ReturnType<(typeof experiments)[W]>>;
type ConfigOf<W extends Widget> = z.input<ExperimentOf<W>['config']>;

interface Contract<W extends Widget> {
  /** The config the widget runs with its default props (evaluation made frequent, sizes kept small). */
  config: ConfigOf<W>;
  /**
   * Where the curve's randomness comes from: the run's seed, or a seed in the config
   * (scikit-learn's `random_state`, `torch.manual_seed`), given as the patch that changes it.
   */
  randomness: 'seed' | { config: Partial<ConfigOf<W>> };
  /** A config whose training diverges, or why no config within the schema's bounds can. */
  diverges: Partial<ConfigOf<W>> | { cannot: string };
}

/** A widget's default props (the run takes its seed apart; the config's schema drops it). */
function defaults<S extends z.ZodObject>(spec: { props: S }): z.output<S> {
  return spec.props.parse({});
}

/** A small two-feature table with three classes for the CSV widget (no file to load). */
const table = Array.from({ length: 30 }, (_, i) => [(i % 7) - 3 + (i % 3), (i % 5) - (i % 3)]);

const adamWithinBounds = { cannot: 'Adam with a learning rate of at most 1 takes bounded steps' };
const noLossWatched = { cannot: 'it watches no loss: each step is a fold or a stage of a search' };

const contracts: { [W in Widget]: Contract<W> } = {
  BatchNormRace: {
    config: { ...defaults(batchNormRaceSpec), learningRates: [0.1, 1], evalEvery: 2 },
    randomness: 'seed',
    diverges: { learningRates: [20], initScale: 5, steps: 200 },
  },
  BatchSizeNoise: {
    config: {
      ...batchSizeNoiseConfigFrom(defaults(batchSizeNoiseSpec)),
      trainSize: 64,
      testSize: 50,
      draws: 20,
    },
    randomness: 'seed',
    diverges: {
      cannot: 'SGD at its bound (2) with width 256 finishes 300 steps finite: the ReLUs die first',
    },
  },
  ContainersCompared: {
    config: defaults(containersComparedSpec),
    randomness: 'seed',
    diverges: {
      cannot: 'SGD up to its bound (5) kills the ReLUs: the loss settles near ln 10, finite',
    },
  },
  ConvTypeRace: {
    config: { ...defaults(convTypeRaceSpec), evalEvery: 2, testFraction: 0.05 },
    randomness: 'seed',
    diverges: adamWithinBounds,
  },
  CovariateShift: {
    config: { ...covariateShiftConfigFrom(defaults(covariateShiftSpec)), evalEvery: 2 },
    randomness: 'seed',
    diverges: {
      cannot: 'SGD at its bound (2), 6 layers of 128, noise mean 5: 300 steps stay finite',
    },
  },
  CsvCrossValidation: {
    config: {
      x: table.flat(),
      y: table.map((_, i) => i % 3),
      d: 2,
      task: 'classification',
      classes: 3,
      model: 'knn',
      neighbours: 3,
      lambda: 1,
      kFolds: 5,
      shuffleSeed: 0,
    },
    randomness: { config: { shuffleSeed: 1 } },
    diverges: { cannot: 'a fold score is an accuracy or an R² of a fitted model' },
  },
  DeformableSampling: {
    config: {
      ...defaults(deformableSamplingSpec),
      channels: 2,
      batchSize: 8,
      // Its evaluation is the slowest step of all (offsets of every test digit): once, at step 1.
      evalEvery: 1000,
      testFraction: 0.05,
      shown: 4,
    },
    randomness: 'seed',
    diverges: adamWithinBounds,
  },
  KnnTuning: {
    config: defaults(knnTuningSpec),
    randomness: { config: { splitSeed: 1 } },
    diverges: noLossWatched,
  },
  LandscapeProbe: {
    config: { ...defaults(landscapeProbeSpec), etaPoints: 3 },
    randomness: 'seed',
    diverges: { learningRate: 20, initScale: 5, steps: 200 },
  },
  LinearFit: {
    config: defaults(linearFitSpec),
    randomness: 'seed',
    diverges: { learningRate: 10, steps: 2000 },
  },
  NestedCv: {
    config: { ...defaults(nestedCvSpec), trials: 2 },
    randomness: { config: { outerSeed: 1 } },
    diverges: noLossWatched,
  },
  ReceptiveField: {
    config: {
      layers: presetStack('stacked3x3'),
      inputSize: 16,
      ...stackTrainingRun,
      evalEvery: 2,
      testFraction: 0.05,
      steps: 200,
    },
    randomness: 'seed',
    diverges: adamWithinBounds,
  },
  SequentialBuilder: {
    config: {
      layers: [
        { kind: 'linear', inFeatures: 64, outFeatures: 32, bias: true },
        { kind: 'relu' },
        { kind: 'linear', inFeatures: 32, outFeatures: 10, bias: true },
      ],
      optimizer: 'adam',
      learningRate: 0.01,
      batchSize: 64,
      steps: 300,
    },
    randomness: 'seed',
    // Without a ReLU between them the layers' growth multiplies: the logits overflow.
    diverges: {
      layers: [
        { kind: 'linear', inFeatures: 64, outFeatures: 64, bias: true },
        { kind: 'linear', inFeatures: 64, outFeatures: 10, bias: true },
      ],
      optimizer: 'sgd',
      learningRate: 5,
    },
  },
  TimeSeriesCv: {
    config: defaults(timeSeriesCvSpec),
    randomness: 'seed',
    diverges: { cannot: 'each step is a closed-form ridge fit scored on held-out hours' },
  },
  TrainingLoopStepper: {
    config: { learningRate: 0.05, steps: 200, torchSeed: 0, skipZeroGrad: false },
    randomness: { config: { torchSeed: 1 } },
    diverges: {
      cannot:
        'its learning rate is at most 0.1, below 2/λmax ≈ 0.12 of its four-point MSE: SGD converges',
    },
  },
};

const STEPS = 3;
const widgets = Object.keys(experiments) as Widget[];

async function load(widget: Widget): Promise<Experiment> {
  return experiments[widget]();
}

/** The first `STEPS` steps' metrics of a run, and the tensor counts around it. */
async function firstSteps(widget: Widget, config: unknown, seed: number) {
  const experiment = await load(widget);
  const ctx = await nodeContext(seed);
  // Tensors tfjs tracks, and data written to the backend directly (the MLP race's products).
  const count = () => [ctx.tf.memory().numTensors, ctx.tf.backend().numDataIds()];
  const before = count();
  const run = await experiment.create(experiment.config.parse(config), ctx);
  const rows: Metrics[] = [run.step().metrics];
  const afterFirst = count();
  for (let i = 1; i < STEPS; i++) rows.push(run.step().metrics);
  const afterSteps = count();
  run.dispose();
  return { rows, before, afterFirst, afterSteps, afterDispose: count() };
}

/** Runs `config` in the engine (as the worker does) until it is done; its `done` message. */
async function runInEngine(widget: Widget, config: unknown) {
  const experiment = await load(widget);
  const messages: FromWorker[] = [];
  let wake = () => {};
  const host = createTrainingHost({
    post: (m) => {
      messages.push(m);
      wake();
    },
    initTf: async () => ({ tf: await nodeTf(), backend: 'cpu' }),
    loadExperiment: async () => experiment,
    loadDataset: loadDatasetFromDisk,
    yieldToEvents: () => new Promise((r) => setImmediate(r)),
    now: () => performance.now(),
  });
  await host.receive({ type: 'start', experiment: widget, config, seed: 1, baseUrl: '' });
  const done = () => messages.find((m) => m.type === 'done' || m.type === 'error');
  while (!done()) await new Promise<void>((r) => (wake = r));
  return { done: done()!, rows: messages.flatMap((m) => (m.type === 'metrics' ? m.rows : [])) };
}

describe.each(widgets)('the %s experiment keeps the contract', (widget) => {
  const contract = contracts[widget] as Contract<Widget>;

  // A few steps of each, but the machine may be shared: a generous timeout.
  const TIMEOUT = 180_000;

  it(
    'declares every metric it reports and watches only declared ones, and leaks no tensor',
    async () => {
      const experiment = await load(widget);
      for (const name of experiment.watch)
        expect(declaresMetric(experiment.metrics, name), name).toBe(true);
      const run = await firstSteps(widget, contract.config, 1);
      for (const name of run.rows.flatMap(Object.keys))
        expect(declaresMetric(experiment.metrics, name), `${widget} reports ${name}`).toBe(true);
      expect(run.afterSteps, 'tensors after the steps vs after the first').toEqual(run.afterFirst);
      expect(run.afterDispose, 'tensors after dispose vs before create').toEqual(run.before);
    },
    TIMEOUT,
  );

  it(
    'gives the same curve for the same seed, another for another seed',
    async () => {
      const { rows } = await firstSteps(widget, contract.config, 1);
      expect((await firstSteps(widget, contract.config, 1)).rows).toEqual(rows);
      const { randomness } = contract;
      if (randomness === 'seed') {
        expect((await firstSteps(widget, contract.config, 2)).rows).not.toEqual(rows);
      } else {
        // The run's seed plays no part; the config's seed does.
        expect((await firstSteps(widget, contract.config, 2)).rows).toEqual(rows);
        const reseeded = { ...contract.config, ...randomness.config };
        expect((await firstSteps(widget, reseeded, 1)).rows).not.toEqual(rows);
      }
    },
    TIMEOUT,
  );

  it(
    'stops with the engine’s divergence message when its training diverges',
    async () => {
      const { diverges } = contract;
      if ('cannot' in diverges) {
        expect(diverges.cannot).not.toBe('');
        return;
      }
      const { done, rows } = await runInEngine(widget, { ...contract.config, ...diverges });
      expect(done, JSON.stringify(done)).toMatchObject({ type: 'done', reason: 'diverged' });
      const { step, message } = done as Extract<FromWorker, { type: 'done' }>;
      expect(message).toMatch(
        new RegExp(`^diverged at step ${step}: \\S+ became (NaN|-?Infinity)$`),
      );
      // The curve is kept up to the step before.
      expect(rows.at(-1)?.step ?? 0).toBe(step - 1);
    },
    TIMEOUT,
  );
});

import type * as tfc from '@tensorflow/tfjs-core';
import { batchNormRaceConfig } from './batchNormRaceConfig';
import {
  defineExperiment,
  type MetricName,
  type Metrics,
  type Tf,
} from '../../training/experiment';
import type { Dataset } from '../../training/data/dataset';
import type { Random } from '../../random/seeded';
import { createMlpRace, raceData, type RaceData } from './mlpRace';
import { tfProduct } from '../../training/models/product';
import { cnnArchitecture } from '../../training/models/netArchitecture';
import { updateRunningMoments } from '../../training/models/batchNormLayer';
import { applySgd, replicaGradients } from '../../training/models/replicaGradients';
import { replicaLossAndAccuracy } from '../../training/models/replicaLoss';
import { BN_EPS, createReplicatedNet, forwardReplicas } from '../../training/models/replicatedNet';
import { hasDiverged, raceKey } from './batchNormRaceData';
import { minibatches } from '../../training/data/minibatches';
import { splitDataset, testRows } from '../../training/data/trainTestSplit';

export { batchNormRaceConfig, type BatchNormRaceConfig } from './batchNormRaceConfig';

/** Per network (`-<raceKey>`), then `loss`, the mean batch loss of the networks still alive. */
const BATCH_NORM_RACE_METRICS = [
  'loss',
  'alive',
  'batch-loss-*',
  'batch-accuracy-*',
  'train-loss-*',
  'train-accuracy-*',
  'test-loss-*',
  'accuracy-*',
  'diverged-*',
] as const;
type RaceMetric = MetricName<(typeof BATCH_NORM_RACE_METRICS)[number]>;

/**
 * The same network with and without batch norm, trained by plain SGD on the
 * digits at several learning rates at once, all from the same initial
 * weights and on the same minibatches. Every step reports each network's
 * minibatch loss; every `evalEvery` steps, its loss and accuracy in eval mode
 * (running statistics) on the training set (for the MLP, a fixed sample of it) and
 * the whole test set. A network whose
 * loss stops being finite (or exceeds DIVERGED_LOSS) is reported as
 * `diverged-<key>` = the step, and its curves stop there while the others go on.
 */
export const batchNormRace = defineExperiment({
  name: 'batchNormRace',
  config: batchNormRaceConfig,
  metrics: BATCH_NORM_RACE_METRICS,
  watch: ['loss'],
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    const data = await loadDataset('digits');
    const { train, test } = splitDataset(data, testRows(data.n, 0.2), random);
    const networks = config.learningRates.flatMap((lr, i) =>
      [false, true].map((bn) => ({ bn, lr, key: raceKey(bn, i) })),
    );
    const spec = {
      batchNorm: networks.map((n) => n.bn),
      learningRates: networks.map((n) => n.lr),
      initScale: config.initScale,
    };
    const racer =
      config.architecture === 'mlp'
        ? mlpRacer(tf, spec, train, test, random)
        : cnnRacer(tf, spec, train, test, random);
    const nextBatch = minibatches(train.n, config.batchSize, random);
    const divergedAt: (number | null)[] = networks.map(() => null);
    let t = 0;

    return {
      step() {
        t++;
        const evaluating = t % config.evalEvery === 0 || t === 1 || t === config.steps;
        const all = racer.step(nextBatch(), evaluating);
        const metrics = raceMetrics(all, networks, divergedAt, t, evaluating);
        divergedAt.forEach((at, i) => at === t && racer.stop(i));
        return { metrics };
      },
      dispose() {
        racer.dispose();
      },
    };
  },
});

/** The K networks of a race, whichever their architecture. */
interface Racer {
  /**
   * One SGD step on the training rows `batch`: each network's batch loss and
   * accuracy (K each), then when `evaluating` its train loss, train accuracy,
   * test loss and test accuracy in eval mode.
   */
  step(batch: number[], evaluating: boolean): ArrayLike<number>;
  /** Network i has diverged: it may stop computing. */
  stop(i: number): void;
  dispose(): void;
}

interface RaceSpec {
  batchNorm: boolean[];
  learningRates: number[];
  initScale: number;
}

/** Training rows the MLP's train loss and accuracy are measured on (the split already shuffled them). */
export const TRAIN_EVAL_ROWS = 512;

/**
 * The MLP 64-64-64-10: elementwise work in JS, products on the tfjs backend (createMlpRace).
 * Evaluation reads two fixed sets: the whole test set, and the first TRAIN_EVAL_ROWS
 * rows of the (shuffled) training set, a fixed random sample of it.
 */
function mlpRacer(tf: Tf, spec: RaceSpec, train: Dataset, test: Dataset, random: Random): Racer {
  const race = createMlpRace(
    {
      inputs: train.d,
      widths: [64, 64],
      classes: train.classes,
      ...spec,
      momentum: 0.1,
      eps: BN_EPS,
    },
    tfProduct(tf),
    random,
  );
  const trainRows = Math.min(train.n, TRAIN_EVAL_ROWS);
  const trainData = raceData(
    train.x.subarray(0, trainRows * train.d),
    train.y.subarray(0, trainRows),
    trainRows,
  );
  const testData = raceData(test.x, test.y, test.n);
  let batchData: RaceData | null = null;
  return {
    step(batch, evaluating) {
      const b = batch.length;
      if (batchData?.n !== b)
        batchData = {
          x: new Float32Array(b * train.d),
          xT: new Float32Array(train.d * b),
          labels: new Int32Array(b),
          n: b,
        };
      const { x, xT, labels } = batchData;
      for (let i = 0; i < b; i++) {
        const row = batch[i] * train.d;
        x.set(train.x.subarray(row, row + train.d), i * train.d);
        for (let p = 0; p < train.d; p++) xT[p * b + i] = train.x[row + p];
        labels[i] = train.y[batch[i]];
      }
      const parts = [race.step(batchData)];
      if (evaluating) parts.push(race.evaluate(trainData), race.evaluate(testData));
      return parts.flatMap((p) => [...p.loss, ...p.accuracy]);
    },
    stop: (i) => race.stop(i),
    dispose() {},
  };
}

/** The small CNN, as replicated tfjs networks differentiated by tf.grad. */
function cnnRacer(tf: Tf, spec: RaceSpec, train: Dataset, test: Dataset, random: Random): Racer {
  const architecture = cnnArchitecture([8, 16]);
  const net = createReplicatedNet(tf, architecture, spec.batchNorm, spec.initScale, random);
  const columnRates = new Map<number, tfc.Tensor>();
  const ratesFor = (width: number) => {
    if (!columnRates.has(width))
      columnRates.set(
        width,
        tf.tensor1d(spec.learningRates.flatMap((lr) => new Array<number>(width).fill(lr))),
      );
    return columnRates.get(width) as tfc.Tensor;
  };
  architecture.widths.forEach(ratesFor);
  const tensors = (d: Dataset) => ({
    x: tf.tensor2d(d.x, [d.n, d.d]),
    labels: tf.tensor1d(d.y, 'int32'),
    oneHot: tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(d.y, 'int32'), d.classes), 'float32')),
  });
  const trainT = tensors(train);
  const testT = tensors(test);
  const evaluate = (data: ReturnType<typeof tensors>) => {
    const { logits } = forwardReplicas(tf, net, net.params, data.x, {
      mode: 'eval',
      running: net.running,
    });
    const { loss, accuracy } = replicaLossAndAccuracy(tf, logits, data.oneHot, data.labels);
    return [loss, accuracy];
  };
  return {
    step(batch, evaluating) {
      const values = tf.tidy(() => {
        const index = tf.tensor1d(batch, 'int32');
        const x = tf.gather(trainT.x, index);
        const { loss, accuracy, grads, moments } = replicaGradients(
          tf,
          net,
          net.params,
          x,
          tf.gather(trainT.oneHot, index),
          tf.gather(trainT.labels, index),
        );
        applySgd(tf, net.params, net.owners, grads, spec.learningRates, ratesFor);
        moments.forEach((m, l) =>
          updateRunningMoments(tf, net.running[l].mean, net.running[l].variance, m, 0.1),
        );
        const parts: tfc.Tensor[] = [loss, accuracy];
        if (evaluating) parts.push(...evaluate(trainT), ...evaluate(testT));
        return tf.concat(parts);
      });
      const all = values.dataSync();
      values.dispose();
      return all;
    },
    stop() {},
    dispose() {
      net.dispose();
      tf.dispose([
        ...columnRates.values(),
        trainT.x,
        trainT.labels,
        trainT.oneHot,
        testT.x,
        testT.labels,
        testT.oneHot,
      ]);
    },
  };
}

/**
 * Turns one step's numbers (batch loss and accuracy of the K networks, then on
 * evaluation steps train loss, train accuracy, test loss, test accuracy) into
 * named metrics, marking networks that diverge at this step.
 */
function raceMetrics(
  all: ArrayLike<number>,
  networks: { key: string }[],
  divergedAt: (number | null)[],
  t: number,
  evaluating: boolean,
): Metrics<RaceMetric> {
  const k = networks.length;
  const metrics: Metrics<RaceMetric> = {};
  let alive = 0;
  let lossSum = 0;
  networks.forEach(({ key }, i) => {
    const batchLoss = all[i];
    if (divergedAt[i] === null && hasDiverged(batchLoss)) divergedAt[i] = t;
    if (divergedAt[i] !== null) {
      metrics[`diverged-${key}`] = divergedAt[i] as number;
      return;
    }
    alive++;
    lossSum += batchLoss;
    metrics[`batch-loss-${key}`] = batchLoss;
    metrics[`batch-accuracy-${key}`] = all[k + i];
    if (evaluating) {
      metrics[`train-loss-${key}`] = all[2 * k + i];
      metrics[`train-accuracy-${key}`] = all[3 * k + i];
      metrics[`test-loss-${key}`] = all[4 * k + i];
      metrics[`accuracy-${key}`] = all[5 * k + i];
    }
  });
  // The run as a whole has diverged only when every network has.
  metrics.loss = alive > 0 ? lossSum / alive : NaN;
  metrics.alive = alive;
  return metrics;
}

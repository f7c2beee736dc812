import type * as tfc from '@tensorflow/tfjs-core';
import { minibatches } from '../../training/data/minibatches';
import { splitDataset } from '../../training/data/trainTestSplit';
import {
  defineExperiment,
  type MetricName,
  type Metrics,
  type Tf,
} from '../../training/experiment';
import { gradientChange } from './gradientChange';
import { quantiles } from './quantiles';
import { seededRandom, type Random } from '../../random/seeded';
import {
  createMlp,
  forward,
  netVariables,
  trainable,
  updateRunningStats,
  type Mlp,
  type NetKind,
} from './covariateShiftNet';
import { covariateShiftConfig } from './covariateShiftConfig';
export {
  covariateShiftConfig,
  covariateShiftConfigFrom,
  type CovariateShiftConfig,
} from './covariateShiftConfig';

export const NET_KINDS: readonly NetKind[] = ['standard', 'bn', 'noisy-bn'];
export const QUANTILES = [0.1, 0.5, 0.9] as const;

/**
 * Fresh noise for one step of the noisy-BN net: for every BN layer and unit j a
 * mean μ_j ~ U(−a, a) and a deviation s_j ~ U(0, b), then n_ij = μ_j + s_j·N(0, 1)
 * for each sample i. The distribution changes at every step (Santurkar et al. §2.1).
 */
export function drawStepNoise(
  tf: Tf,
  random: Random,
  batch: number,
  widths: readonly number[],
  noiseMean: number,
  noiseStd: number,
): tfc.Tensor2D[] {
  return widths.map((width) => {
    const mu = Array.from({ length: width }, () => (random.uniform() * 2 - 1) * noiseMean);
    const s = Array.from({ length: width }, () => random.uniform() * noiseStd);
    const values = new Float32Array(batch * width);
    for (let i = 0; i < batch; i++)
      for (let j = 0; j < width; j++) values[i * width + j] = mu[j] + s[j] * random.normal();
    return tf.tensor2d(values, [batch, width]);
  });
}

const COVARIATE_SHIFT_METRICS = [
  'loss-*',
  'accuracy-*',
  'ics-l2-*',
  'ics-cos-*',
  'q10-*',
  'q50-*',
  'q90-*',
] as const;
type Metric = MetricName<(typeof COVARIATE_SHIFT_METRICS)[number]>;

/**
 * Santurkar et al. (2018), Figures 2 and 3: a standard MLP, the same with batch
 * norm, and with "noisy" batch norm, trained side by side by SGD on the same
 * minibatches from the same initial weights. Each step reports every net's
 * minibatch loss, test accuracy, the probed unit's activation quantiles, and
 * internal covariate shift by Definition 2.1 at the probed layer.
 */
export const covariateShift = defineExperiment({
  name: 'covariateShift',
  config: covariateShiftConfig,
  metrics: COVARIATE_SHIFT_METRICS,
  watch: NET_KINDS.map((k) => `loss-${k}` as const),
  totalSteps: (config) => config.steps,
  async create(config, { tf, random, loadDataset }) {
    const data = await loadDataset('digits');
    const { train, test } = splitDataset(data, config.testSize, random);
    const sizes = [
      data.d,
      ...Array.from({ length: config.hiddenLayers }, () => config.width),
      data.classes,
    ];
    const initSeed = random.fork();
    const nets: Mlp[] = NET_KINDS.map((kind) => createMlp(tf, seededRandom(initSeed), kind, sizes));
    const probe = Math.min(config.probeLayer, config.hiddenLayers) - 1;
    const unit = Math.min(config.probeUnit, config.width - 1);
    const xTrain = tf.tensor2d(train.x, [train.n, train.d]);
    const yTrain = tf.tidy(() =>
      tf.cast(tf.oneHot(tf.tensor1d(train.y, 'int32'), data.classes), 'float32'),
    );
    const xTest = tf.tensor2d(test.x, [test.n, test.d]);
    const yTest = tf.tensor1d(test.y, 'int32');
    const batch = Math.min(config.batchSize, train.n);
    const nextBatch = minibatches(train.n, batch, random);
    let stepCount = 0;
    const lastAccuracy = new Map<NetKind, number>();
    const lr = config.learningRate;

    const stepNet = (net: Mlp, x: tfc.Tensor2D, y: tfc.Tensor2D, noise: tfc.Tensor2D[] | []) => {
      const { params, layerOf } = trainable(net);
      const wIndex = params.indexOf(net.blocks[probe].w);
      const lossOf = (...ps: tfc.Tensor[]) =>
        tf.losses.softmaxCrossEntropy(y, forward(tf, net, ps, x, true, noise).logits) as tfc.Scalar;
      return tf.tidy(() => {
        const { value, grads } = tf.valueAndGrads(lossOf)(params);
        // G′: the probed layer's gradient once the layers before it have taken their SGD step.
        const moved = params.map((p, k) =>
          layerOf[k] < probe ? tf.sub(p, tf.mul(grads[k], lr)) : p,
        );
        const gPrime = tf.grads(lossOf)(moved)[wIndex];
        const ics = gradientChange(grads[wIndex].dataSync(), gPrime.dataSync());
        const pass = forward(tf, net, params, x, true, noise);
        const acts = tf.slice(pass.preActivations[probe], [0, unit], [-1, 1]).dataSync();
        updateRunningStats(tf, net, pass.moments, batch);
        params.forEach((p, k) => p.assign(tf.sub(p, tf.mul(grads[k], lr))));
        let accuracy = lastAccuracy.get(net.kind) ?? NaN;
        if ((stepCount - 1) % config.evalEvery === 0 || stepCount === config.steps) {
          const logits = forward(tf, net, trainable(net).params, xTest, false).logits;
          accuracy = tf
            .mean(tf.cast(tf.equal(tf.argMax(logits, 1), yTest), 'float32'))
            .dataSync()[0];
          lastAccuracy.set(net.kind, accuracy);
        }
        const [q10, q50, q90] = quantiles(acts, QUANTILES);
        return { loss: value.dataSync()[0], accuracy, ics, q10, q50, q90 };
      });
    };

    return {
      step() {
        stepCount++;
        const idx = tf.tensor1d(nextBatch(), 'int32');
        const x = tf.gather(xTrain, idx) as tfc.Tensor2D;
        const y = tf.gather(yTrain, idx) as tfc.Tensor2D;
        const noise = drawStepNoise(
          tf,
          random,
          batch,
          sizes.slice(1, -1),
          config.noiseMean,
          config.noiseStd,
        );
        const metrics: Metrics<Metric> = {};
        nets.forEach((net) => {
          const r = stepNet(net, x, y, net.kind === 'noisy-bn' ? noise : []);
          const k = net.kind;
          Object.assign(metrics, {
            [`loss-${k}`]: r.loss,
            [`accuracy-${k}`]: r.accuracy,
            [`ics-l2-${k}`]: r.ics.l2,
            [`ics-cos-${k}`]: r.ics.cosine,
            [`q10-${k}`]: r.q10,
            [`q50-${k}`]: r.q50,
            [`q90-${k}`]: r.q90,
          });
        });
        tf.dispose([idx, x, y, ...noise]);
        return { metrics };
      },
      dispose() {
        tf.dispose([...nets.flatMap(netVariables), xTrain, yTrain, xTest, yTest]);
      },
    };
  },
});

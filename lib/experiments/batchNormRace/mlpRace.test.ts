import { describe, expect, it } from 'vitest';
import { nodeTf } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import { updateRunningMoments } from '../../training/models/batchNormLayer';
import { createMlpRace, raceData, type MlpRaceOptions } from './mlpRace';
import { mlpArchitecture } from '../../training/models/netArchitecture';
import { tfProduct, transpose } from '../../training/models/product';
import { applySgd, replicaGradients } from '../../training/models/replicaGradients';
import { replicaLossAndAccuracy } from '../../training/models/replicaLoss';
import { createReplicatedNet, forwardReplicas } from '../../training/models/replicatedNet';

const options: MlpRaceOptions = {
  inputs: 64,
  widths: [16, 12],
  classes: 10,
  batchNorm: [false, true, false, true],
  learningRates: [0.1, 0.1, 0.7, 0.7],
  initScale: 1,
  momentum: 0.1,
  eps: 1e-5,
};

function batch(seed: number, rows: number) {
  const random = seededRandom(seed);
  const x = Float32Array.from({ length: rows * 64 }, () => random.uniform() * 16);
  const labels = Int32Array.from({ length: rows }, () => Math.floor(random.uniform() * 10));
  return { x, labels, rows };
}

function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < a.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst / Math.max(scale, 1e-12);
}

describe('createMlpRace', () => {
  it('trains exactly as tfjs autograd does: same losses, weights and running statistics after three SGD steps', async () => {
    const tf = await nodeTf();
    const race = createMlpRace(options, tfProduct(tf), seededRandom(3));
    const net = createReplicatedNet(
      tf,
      mlpArchitecture(options.widths),
      options.batchNorm,
      options.initScale,
      seededRandom(3),
    );
    const k = options.batchNorm.length;
    const rates = (width: number) =>
      tf.tensor1d(options.learningRates.flatMap((lr) => new Array<number>(width).fill(lr)));
    for (let s = 0; s < 3; s++) {
      const { x, labels, rows } = batch(10 + s, 32);
      const mine = race.step(raceData(x, labels, rows));
      const theirs = tf.tidy(() => {
        const oneHot = tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), 10), 'float32');
        const g = replicaGradients(
          tf,
          net,
          net.params,
          tf.tensor2d(x, [rows, 64]),
          oneHot,
          tf.tensor1d(labels, 'int32'),
        );
        applySgd(tf, net.params, net.owners, g.grads, options.learningRates, rates);
        g.moments.forEach((m, l) =>
          updateRunningMoments(
            tf,
            net.running[l].mean,
            net.running[l].variance,
            m,
            options.momentum,
          ),
        );
        return [g.loss, g.accuracy].map((t) => Array.from(t.dataSync()));
      });
      expect(maxRelativeError(mine.loss, theirs[0])).toBeLessThan(1e-5);
      expect(maxRelativeError(mine.accuracy, theirs[1])).toBeLessThan(1e-6);
    }
    // Layer 0 is one wide tensor; layer 1 and the read-out one tensor per network.
    const wide = net.params[0].dataSync();
    for (let r = 0; r < k; r++) {
      const columns = Float32Array.from(
        { length: 64 * 16 },
        (_, i) => wide[Math.floor(i / 16) * k * 16 + r * 16 + (i % 16)],
      );
      expect(maxRelativeError(race.weights(0, r), columns)).toBeLessThan(1e-4);
      expect(maxRelativeError(race.weights(1, r), net.params[4 + r].dataSync())).toBeLessThan(1e-4);
      expect(
        maxRelativeError(race.weights(2, r), net.params[4 + k + 3 + 2 * r].dataSync()),
      ).toBeLessThan(1e-4);
    }
    // Eval mode uses the running statistics both implementations kept.
    const { x, labels, rows } = batch(99, 50);
    const mine = race.evaluate(raceData(x, labels, rows));
    const theirs = tf.tidy(() => {
      const { logits } = forwardReplicas(tf, net, net.params, tf.tensor2d(x, [rows, 64]), {
        mode: 'eval',
        running: net.running,
      });
      const oneHot = tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), 10), 'float32');
      const r = replicaLossAndAccuracy(tf, logits, oneHot, tf.tensor1d(labels, 'int32'));
      return [r.loss, r.accuracy].map((t) => Array.from(t.dataSync()));
    });
    expect(maxRelativeError(mine.loss, theirs[0])).toBeLessThan(1e-4);
    expect(maxRelativeError(mine.accuracy, theirs[1])).toBeLessThan(1e-6);
    net.dispose();
  });

  it('a stopped network reports NaN and leaves the others exactly as they would be without it', async () => {
    const tf = await nodeTf();
    const product = tfProduct(tf);
    const pair = createMlpRace(
      { ...options, batchNorm: [true, false], learningRates: [0.5, 5] },
      product,
      seededRandom(8),
    );
    const alone = createMlpRace(
      { ...options, batchNorm: [true], learningRates: [0.5] },
      product,
      seededRandom(8),
    );
    pair.stop(1);
    for (let s = 0; s < 3; s++) {
      const { x, labels, rows } = batch(s, 16);
      const a = pair.step(raceData(x, labels, rows));
      const b = alone.step(raceData(x, labels, rows));
      expect(a.loss[0]).toBe(b.loss[0]);
      expect(a.loss[1]).toBeNaN();
    }
    expect(pair.weights(2, 0)).toEqual(alone.weights(2, 0));
  });

  it('rejects a learning-rate list that does not match the networks', async () => {
    const tf = await nodeTf();
    expect(() =>
      createMlpRace({ ...options, learningRates: [0.1] }, tfProduct(tf), seededRandom(1)),
    ).toThrow('4 networks need 4 learning rates, got 1');
  });
});

describe('tfProduct', () => {
  it('equals the product summed by hand and frees everything it writes', async () => {
    const tf = await nodeTf();
    const product = tfProduct(tf);
    const random = seededRandom(2);
    const [m, k, n] = [5, 7, 3];
    const a = Float32Array.from({ length: m * k }, () => random.normal());
    const b = Float32Array.from({ length: k * n }, () => random.normal());
    const before = tf.backend().numDataIds();
    const c = product(a, b, m, k, n);
    expect(tf.backend().numDataIds()).toBe(before);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++) sum += a[i * k + p] * b[p * n + j];
        expect(c[i * n + j]).toBeCloseTo(sum, 5);
      }
    }
    expect(() => product(a, b, m, k + 1, n)).toThrow(
      'product of 5x8 and 8x3 given 35 and 21 values',
    );
  });

  it('transpose swaps rows and columns', () => {
    expect(Array.from(transpose(Float32Array.from([1, 2, 3, 4, 5, 6]), 2, 3))).toEqual([
      1, 4, 2, 5, 3, 6,
    ]);
  });
});

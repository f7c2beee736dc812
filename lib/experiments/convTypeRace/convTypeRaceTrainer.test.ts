import type * as tfc from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { nodeTf } from '../../training/testing/nodeTf';
import { tfProduct } from '../../training/models/product';
import { seededRandom } from '../../random/seeded';
import { createRaceModel, raceForward } from './convTypeRaceModel';
import { raceNets } from './convTypeRaceNets';
import { createConvRaceTrainer } from './convTypeRaceTrainer';

function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < a.length; i++) scale = Math.max(scale, Math.abs(b[i]));
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
  return worst / Math.max(scale, 1e-12);
}

function batch(seed: number, n: number) {
  const random = seededRandom(seed);
  return {
    // Pixels 0..16 scaled to [0, 1], as the digits reach the networks.
    images: Float32Array.from({ length: n * 64 }, () => Math.floor(random.uniform() * 17) / 16),
    labels: Int32Array.from({ length: n }, () => Math.floor(random.uniform() * 10)),
  };
}

describe('createConvRaceTrainer', () => {
  // Width 12 with 3 groups: groups of 4 channels; bottleneck squeezes to 3.
  for (const config of [
    { width: 8, groups: 4, blocks: 2 },
    { width: 12, groups: 3, blocks: 1 },
  ]) {
    it(`trains as tfjs autograd with tf.train.adam does, every network type (width ${config.width}, g = ${config.groups})`, async () => {
      const tf = await nodeTf();
      const product = tfProduct(tf);
      for (const net of raceNets(config)) {
        const mine = createConvRaceTrainer(net, product, seededRandom(5), 0.02);
        const model = createRaceModel(tf, seededRandom(5), net);
        const optimizer = tf.train.adam(0.02);
        model.variables.forEach((variable, i) =>
          expect(Array.from(mine.parameters()[i]), `${net.id} initial ${i}`).toEqual(
            Array.from(variable.dataSync()),
          ),
        );
        for (let s = 0; s < 3; s++) {
          const { images, labels } = batch(20 + s, 6);
          const loss = mine.step(images, labels, 6);
          const theirs = tf.tidy(() => {
            const x = tf.tensor4d(images, [6, 8, 8, 1]);
            const y = tf.oneHot(tf.tensor1d(labels, 'int32'), 10);
            const l = optimizer.minimize(
              () => tf.losses.softmaxCrossEntropy(y, raceForward(tf, model, x)) as tfc.Scalar,
              true,
              model.variables,
            );
            return (l as tfc.Scalar).dataSync()[0];
          });
          expect(Math.abs(loss - theirs) / theirs, `${net.id} loss at step ${s + 1}`).toBeLessThan(
            1e-4,
          );
        }
        model.variables.forEach((variable, i) =>
          expect(
            maxRelativeError(mine.parameters()[i], variable.dataSync()),
            `${net.id} parameter ${i}`,
          ).toBeLessThan(1e-4),
        );
        const { images } = batch(99, 5);
        const logits = tf.tidy(() =>
          raceForward(tf, model, tf.tensor4d(images, [5, 8, 8, 1])).dataSync(),
        );
        expect(maxRelativeError(mine.logits(images, 5), logits), `${net.id} logits`).toBeLessThan(
          1e-4,
        );
        optimizer.dispose();
        tf.dispose(model.variables);
      }
    }, 120_000);
  }
});

import { describe, expect, it } from 'vitest';
import { nodeTf } from '../testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import {
  batchNormForward,
  createBatchNorm,
  type BatchNormModule,
} from '../../pytorch/kernels/batchNorm';
import { batchNormEval, batchNormTrain, updateRunningMoments } from './batchNormLayer';

const random = seededRandom(12);
const randomValues = (n: number, scale: number, shift: number) =>
  Array.from({ length: n }, () => random.normal() * scale + shift);

describe('tfjs batch-norm layer', () => {
  it('matches the float64 BatchNorm1d in training and eval, running statistics included', async () => {
    const tf = await nodeTf();
    for (const [m, c] of [
      [5, 3],
      [16, 7],
      [2, 4],
    ]) {
      const x = randomValues(m * c, 2, 1.5);
      const gamma = randomValues(c, 0.5, 1);
      const beta = randomValues(c, 0.5, 0);
      let module: BatchNormModule = {
        ...createBatchNorm({ kind: 'BatchNorm1d', numFeatures: c }),
        weight: gamma,
        bias: beta,
      };
      const pass = batchNormForward(module, { shape: [m, c], data: Float64Array.from(x) }, true);
      if (!pass.ok) throw new Error(pass.error);
      module = pass.module;
      const evalPass = batchNormForward(
        module,
        { shape: [m, c], data: Float64Array.from(x) },
        false,
      );
      if (!evalPass.ok) throw new Error(evalPass.error);

      const xT = tf.tensor2d(x, [m, c]);
      const g = tf.tensor2d(gamma, [1, c]);
      const b = tf.tensor2d(beta, [1, c]);
      const rm = tf.variable(tf.zeros([1, c]));
      const rv = tf.variable(tf.ones([1, c]));
      const { y, moments } = batchNormTrain(tf, xT, [0], g, b, 1e-5);
      updateRunningMoments(tf, rm, rv, moments, 0.1);
      const yEval = batchNormEval(tf, xT, rm, rv, g, b, 1e-5);
      const close = (actual: ArrayLike<number>, expected: ArrayLike<number>) =>
        Array.from(expected).forEach((e, i) =>
          expect(Math.abs(actual[i] - e)).toBeLessThan(1e-5 * Math.max(1, Math.abs(e))),
        );
      close(y.dataSync(), pass.output.data);
      close(rm.dataSync(), module.running!.mean);
      close(rv.dataSync(), module.running!.variance);
      close(yEval.dataSync(), evalPass.output.data);
      tf.dispose([xT, g, b, rm, rv, y, moments.mean, moments.variance, yEval]);
    }
  });

  it('matches BatchNorm2d on an N x C x H x W input normalised per channel over N, H, W', async () => {
    const tf = await nodeTf();
    const [n, c, h, w] = [3, 2, 2, 3];
    const x = randomValues(n * c * h * w, 1.3, -0.4);
    const pass = batchNormForward(
      createBatchNorm({ kind: 'BatchNorm2d', numFeatures: c }),
      { shape: [n, c, h, w], data: Float64Array.from(x) },
      true,
    );
    if (!pass.ok) throw new Error(pass.error);
    const nchw = tf.tensor4d(x, [n, c, h, w]);
    const nhwc = tf.transpose(nchw, [0, 2, 3, 1]);
    const { y, moments } = batchNormTrain(tf, nhwc, [0, 1, 2], tf.ones([c]), tf.zeros([c]), 1e-5);
    const back = tf.transpose(y, [0, 3, 1, 2]).dataSync();
    Array.from(pass.output.data).forEach((e, i) =>
      expect(Math.abs(back[i] - e)).toBeLessThan(1e-5),
    );
    expect(moments.count).toBe(n * h * w);
    tf.dispose([nchw, nhwc, y, moments.mean, moments.variance]);
  });
});

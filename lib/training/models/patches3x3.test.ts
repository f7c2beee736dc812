import { describe, expect, it } from 'vitest';
import { nodeTf } from '../testing/nodeTf';
import { patches3x3 } from './patches3x3';

describe('patches3x3', () => {
  it('times the flattened kernel equals tf.conv2d with padding "same"', async () => {
    const tf = await nodeTf();
    const x = tf.randomNormal([2, 4, 4, 3], 0, 1, 'float32', 7) as ReturnType<typeof tf.tensor4d>;
    const filter = tf.randomNormal([3, 3, 3, 5], 0, 1, 'float32', 8) as ReturnType<
      typeof tf.tensor4d
    >;
    const viaPatches = tf
      .reshape(tf.matMul(patches3x3(tf, x), tf.reshape(filter, [27, 5])), [2, 4, 4, 5])
      .dataSync();
    const viaConv = tf.conv2d(x, filter, 1, 'same').dataSync();
    viaConv.forEach((v, i) => expect(viaPatches[i]).toBeCloseTo(v, 4));
  });
});

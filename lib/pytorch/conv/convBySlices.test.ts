import { describe, expect, it } from 'vitest';
import { nodeTf } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import { conv2dBySlices, depthwiseConv2dBySlices, groupedConv2dBySlices } from './convBySlices';

const randomArray = (n: number, seed: number) => {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => r.normal());
};
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));

describe('convolutions built from shifted slices', () => {
  it('equal tf.conv2d with same padding, for kernels 1, 3, 5 and dilations 1, 2', async () => {
    const tf = await nodeTf();
    for (const [k, d] of [
      [1, 1],
      [3, 1],
      [3, 2],
      [5, 1],
      [5, 2],
    ]) {
      const x = tf.tensor4d(randomArray(2 * 7 * 6 * 3, k), [2, 7, 6, 3]);
      const w = tf.tensor4d(randomArray(k * k * 3 * 4, 10 + d), [k, k, 3, 4]);
      const ours = conv2dBySlices(tf, x, w, d);
      const reference = tf.conv2d(x, w, 1, 'same', 'NHWC', d);
      expect(ours.shape).toEqual(reference.shape);
      expect(maxDiff(ours.dataSync(), reference.dataSync())).toBeLessThan(1e-4);
      tf.dispose([x, w, ours, reference]);
    }
  });

  it('depthwise equals tf.depthwiseConv2d, and grouped with g = C is the same operation', async () => {
    const tf = await nodeTf();
    const x = tf.tensor4d(randomArray(2 * 6 * 6 * 4, 1), [2, 6, 6, 4]);
    const w = tf.tensor3d(randomArray(3 * 3 * 4, 2), [3, 3, 4]);
    const ours = depthwiseConv2dBySlices(tf, x, w);
    const reference = tf.depthwiseConv2d(x, tf.reshape(w, [3, 3, 4, 1]) as never, 1, 'same');
    expect(maxDiff(ours.dataSync(), reference.dataSync())).toBeLessThan(1e-4);
    const grouped = groupedConv2dBySlices(tf, x, tf.reshape(w, [3, 3, 1, 4]) as never, 4);
    expect(maxDiff(grouped.dataSync(), reference.dataSync())).toBeLessThan(1e-4);
  });

  it('grouped: each output group sees only its own input channels', async () => {
    const tf = await nodeTf();
    const x = tf.tensor4d(randomArray(5 * 5 * 4, 3), [1, 5, 5, 4]);
    const w = tf.tensor4d(randomArray(3 * 3 * 2 * 6, 4), [3, 3, 2, 6]);
    const ours = groupedConv2dBySlices(tf, x, w, 2);
    const [x0, x1] = tf.split(x, 2, 3);
    const [w0, w1] = tf.split(w, 2, 3);
    const reference = tf.concat(
      [
        tf.conv2d(x0 as typeof x, w0 as typeof w, 1, 'same'),
        tf.conv2d(x1 as typeof x, w1 as typeof w, 1, 'same'),
      ],
      3,
    );
    expect(ours.shape).toEqual([1, 5, 5, 6]);
    expect(maxDiff(ours.dataSync(), reference.dataSync())).toBeLessThan(1e-4);
  });

  it('have the gradient of tf.conv2d with respect to the filter (tfjs has none for dilation > 1)', async () => {
    const tf = await nodeTf();
    const x = tf.tensor4d(randomArray(6 * 6 * 2, 5), [1, 6, 6, 2]);
    const w = tf.tensor4d(randomArray(3 * 3 * 2 * 3, 6), [3, 3, 2, 3]);
    const ours = tf.grad((f) => tf.sum(tf.square(conv2dBySlices(tf, x, f as typeof w))))(w);
    const reference = tf.grad((f) => tf.sum(tf.square(tf.conv2d(x, f as typeof w, 1, 'same'))))(w);
    expect(maxDiff(ours.dataSync(), reference.dataSync())).toBeLessThan(1e-3);
  });
});

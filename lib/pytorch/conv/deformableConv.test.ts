import { describe, expect, it } from 'vitest';
import { nodeTf } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import { conv2dBySlices } from './convBySlices';
import { deformableConv2d, regularGrid } from './deformableConv';

const randomArray = (n: number, seed: number) => {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => r.normal());
};
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Math.max(...Array.from(a, (v, i) => Math.abs(v - b[i])));

/** Offsets [1, H, W, 2K²] that move tap k by the same (Δy, Δx) at every location. */
const uniformOffsets = (h: number, w: number, shifts: [number, number][]) => {
  const out = new Float32Array(h * w * shifts.length * 2);
  for (let l = 0; l < h * w; l++)
    shifts.forEach(([dy, dx], k) => out.set([dy, dx], (l * shifts.length + k) * 2));
  return out;
};

/**
 * The ordinary convolution a deformable one becomes when tap k moves by an integer (Δy, Δx)
 * everywhere: a larger 'same' kernel with w[k] placed at its shifted position.
 */
const shiftedKernel = (
  w: Float32Array,
  k: number,
  c: number,
  m: number,
  shifts: [number, number][],
  big: number,
) => {
  const out = new Float32Array(big * big * c * m);
  const centre = (big - 1) / 2;
  regularGrid(k).forEach(({ dy, dx }, t) => {
    const ky = centre + dy + shifts[t][0];
    const kx = centre + dx + shifts[t][1];
    for (let i = 0; i < c * m; i++) out[(ky * big + kx) * c * m + i] += w[t * c * m + i];
  });
  return out;
};

describe('deformable convolution', () => {
  it('with zero offsets equals tf.conv2d and conv2dBySlices with same padding', async () => {
    const tf = await nodeTf();
    const x = tf.tensor4d(randomArray(2 * 7 * 6 * 3, 1), [2, 7, 6, 3]);
    const w = tf.tensor4d(randomArray(3 * 3 * 3 * 4, 2), [3, 3, 3, 4]);
    const ours = deformableConv2d(tf, x, tf.zeros([2, 7, 6, 18]), w);
    const reference = tf.conv2d(x, w, 1, 'same');
    expect(ours.shape).toEqual(reference.shape);
    expect(maxDiff(ours.dataSync(), reference.dataSync())).toBeLessThan(1e-4);
    expect(maxDiff(ours.dataSync(), conv2dBySlices(tf, x, w).dataSync())).toBeLessThan(1e-4);
  });

  it('with integer offsets equals the convolution by the shifted kernel, borders included', async () => {
    const tf = await nodeTf();
    const r = seededRandom(3);
    const shifts = Array.from(
      { length: 9 },
      () => [r.int(5) - 2, r.int(5) - 2] as [number, number],
    );
    const x = tf.tensor4d(randomArray(6 * 8 * 2, 4), [1, 6, 8, 2]);
    const wData = new Float32Array(randomArray(3 * 3 * 2 * 3, 5));
    const ours = deformableConv2d(
      tf,
      x,
      tf.tensor4d(uniformOffsets(6, 8, shifts), [1, 6, 8, 18]),
      tf.tensor4d(wData, [3, 3, 2, 3]),
    );
    const big = tf.tensor4d(shiftedKernel(wData, 3, 2, 3, shifts, 7), [7, 7, 2, 3]);
    expect(maxDiff(ours.dataSync(), tf.conv2d(x, big, 1, 'same').dataSync())).toBeLessThan(1e-4);
  });

  it('at half-pixel offsets gives the mean of the four neighbouring shifted convolutions', async () => {
    const tf = await nodeTf();
    const x = tf.tensor4d(randomArray(5 * 5, 6), [1, 5, 5, 1]);
    const wData = new Float32Array(randomArray(9, 7));
    const w = tf.tensor4d(wData, [3, 3, 1, 1]);
    const half = Array.from({ length: 9 }, () => [0.5, -1.5] as [number, number]);
    const ours = deformableConv2d(tf, x, tf.tensor4d(uniformOffsets(5, 5, half), [1, 5, 5, 18]), w);
    const atRow = (dy: number, dx: number) =>
      tf.conv2d(
        x,
        tf.tensor4d(
          shiftedKernel(
            wData,
            3,
            1,
            1,
            Array.from({ length: 9 }, () => [dy, dx] as [number, number]),
            7,
          ),
          [7, 7, 1, 1],
        ),
        1,
        'same',
      );
    // Bilinear weights at (0.5, −1.5): ¼ on each of the four integer neighbours.
    const mean = tf.mul(0.25, tf.addN([atRow(0, -2), atRow(0, -1), atRow(1, -2), atRow(1, -1)]));
    expect(maxDiff(ours.dataSync(), mean.dataSync())).toBeLessThan(1e-4);
  });

  it('passes gradients to the offsets at zero offsets: x[⌊p⌋ + 1] − x[⌊p⌋], the forward difference', async () => {
    const tf = await nodeTf();
    const x = tf.tensor4d(randomArray(5 * 6 * 2, 8), [1, 5, 6, 2]);
    const w = tf.tensor4d(randomArray(3 * 3 * 2 * 2, 9), [3, 3, 2, 2]);
    const f = (offsets: ReturnType<typeof tf.zeros>) =>
      tf.sum(deformableConv2d(tf, x, offsets as never, w));
    const zero = tf.zeros([1, 5, 6, 18]);
    const grad = tf.grad(f)(zero).dataSync();
    expect(Math.max(...Array.from(grad, Math.abs))).toBeGreaterThan(0.1);
    // The output is linear in each offset on [0, 1), so a forward difference of 0.5 is exact.
    const base = f(zero).dataSync()[0];
    for (const index of [0, 1, 17, 100, 333, 539]) {
      const moved = new Float32Array(5 * 6 * 18);
      moved[index] = 0.5;
      const numeric = (f(tf.tensor4d(moved, [1, 5, 6, 18])).dataSync()[0] - base) / 0.5;
      expect(grad[index]).toBeCloseTo(numeric, 3);
    }
  });

  it('its gradients to input, weights and offsets use none of the kernels the wasm backend lacks', async () => {
    const tf = await nodeTf();
    const x = tf.tensor4d(randomArray(2 * 4 * 4 * 2, 10), [2, 4, 4, 2]);
    const offsets = tf.tensor4d(randomArray(2 * 4 * 4 * 18, 11), [2, 4, 4, 18]);
    const w = tf.tensor4d(randomArray(3 * 3 * 2 * 3, 12), [3, 3, 2, 3]);
    const info = await tf.profile(() => {
      const grads = tf.grads((a, b, c) =>
        tf.sum(tf.square(deformableConv2d(tf, a as never, b as never, c as never))),
      )([x, offsets, w]);
      expect(grads.map((g) => g.shape)).toEqual([x.shape, offsets.shape, w.shape]);
      expect(grads.every((g) => Array.from(g.dataSync()).every(Number.isFinite))).toBe(true);
      return grads;
    });
    for (const missing of [
      'Conv2DBackpropFilter',
      'Conv2DBackpropInput',
      'DepthwiseConv2dNativeBackpropFilter',
      'UnsortedSegmentSum',
      'GatherV2',
    ]) {
      expect(info.kernelNames).not.toContain(missing);
    }
  });
});

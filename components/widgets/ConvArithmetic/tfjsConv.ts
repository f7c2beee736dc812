import type * as tfc from '@tensorflow/tfjs-core';
import type { PageTf as Tf } from '@/components/widget/pageTf';

export interface ConvSettings {
  mode: 'direct' | 'transposed';
  kernel: number;
  stride: number;
  /** Direct: `[left, right, top, bottom]` as PyTorch resolves it. Transposed: p on every side. */
  paddingLRTB: readonly [number, number, number, number];
  dilation: number;
  outputPadding: number;
}

/**
 * `F.conv2d` / `F.conv_transpose2d` of one image with one K×K kernel, by tfjs. tfjs refuses a
 * stride and a dilation both above 1, so the direct case runs at stride 1 and keeps every s-th
 * row and column, which is the same sum.
 */
export function tfjsConv(
  tf: Tf,
  image: Float32Array,
  h: number,
  w: number,
  kernel: readonly number[],
  s: ConvSettings,
) {
  return tf.tidy(() => {
    const x = tf.tensor4d(image, [1, h, w, 1]);
    const filter = tf.tensor4d(kernel as number[], [s.kernel, s.kernel, 1, 1]);
    let y: tfc.Tensor4D;
    if (s.mode === 'direct') {
      const [l, r, t, b] = s.paddingLRTB;
      const padded = tf.pad(x, [
        [0, 0],
        [t, b],
        [l, r],
        [0, 0],
      ]);
      const dense = tf.conv2d(padded, filter, 1, 'valid', 'NHWC', s.dilation);
      const [, dh, dw] = dense.shape;
      y = tf.stridedSlice(
        dense,
        [0, 0, 0, 0],
        [1, dh, dw, 1],
        [1, s.stride, s.stride, 1],
      ) as tfc.Tensor4D;
    } else {
      const p = s.paddingLRTB[0];
      const oh = (h - 1) * s.stride - 2 * p + (s.kernel - 1) + s.outputPadding + 1;
      const ow = (w - 1) * s.stride - 2 * p + (s.kernel - 1) + s.outputPadding + 1;
      y = tf.conv2dTranspose(x, filter, [1, oh, ow, 1], s.stride, p);
    }
    return { values: y.dataSync() as Float32Array, height: y.shape[1], width: y.shape[2] };
  });
}

/** The overlap count a k×k all-ones kernel with stride s leaves on an all-ones n×n input, by tfjs. */
export function checkerboard(tf: Tf, n: number, k: number, s: number): number[][] {
  return tf.tidy(() => {
    const out = n * s - s + k;
    const y = tf.conv2dTranspose(
      tf.ones([1, n, n, 1]) as tfc.Tensor4D,
      tf.ones([k, k, 1, 1]) as tfc.Tensor4D,
      [1, out, out, 1],
      s,
      'valid',
    );
    return tf.reshape(y, [out, out]).arraySync() as number[][];
  });
}

import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../../training/experiment';
import type { Random } from '../../random/seeded';
import { inputRange, stackSizes, type StackLayer } from './receptiveField';

/** A single-channel conv / average-pool stack built in tfjs, ready to differentiate. */
export interface TfStackGradient {
  inputHW: [number, number];
  outputHW: [number, number];
  /**
   * `∂ y[row, col] / ∂ x` for every input pixel, row-major: the effective receptive field of
   * one output pixel (Luo et al. 2016), by `tf.grad` with a one-hot output gradient.
   */
  gradient(pixel: readonly [number, number]): Float32Array;
  /** Frees the kernels and the input. */
  dispose(): void;
}

/** Layer `l`'s `k × k` kernel, or undefined for all ones (pools ignore it). */
export type StackWeights = readonly (readonly (readonly number[])[] | undefined)[];

/**
 * A dilated kernel spelled out with its holes: tap `(ky, kx)` lands at `(ky·d, kx·d)` of a
 * `d(k − 1) + 1` square. Convolving with it equals a convolution with dilation d; it also
 * sidesteps tfjs, whose conv2d gradient rejects dilation > 1.
 */
export function dilateKernel(kernel: readonly (readonly number[])[], dilation: number): number[][] {
  const k = kernel.length;
  const size = dilation * (k - 1) + 1;
  const out = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  kernel.forEach((row, ky) => row.forEach((w, kx) => (out[ky * dilation][kx * dilation] = w)));
  return out;
}

/** Seeded standard-normal kernels for the conv layers of a stack (pools get undefined). */
export function randomStackWeights(layers: readonly StackLayer[], random: Random): StackWeights {
  return layers.map((l) =>
    l.type === 'conv'
      ? Array.from({ length: l.kernel }, () =>
          Array.from({ length: l.kernel }, () => random.normal()),
        )
      : undefined,
  );
}

/**
 * Builds the stack of `layers` on a `[1, H, W, 1]` input with tfjs: a conv layer is a
 * convolution with zero padding p, stride s and the dilated kernel; a pool layer is explicit
 * zero padding then a valid `avgPool` (PyTorch's AvgPool2d with count_include_pad=True).
 * The stack is linear, so the gradient does not depend on the input; it is taken at zero.
 *
 * One output pixel depends only on its theoretical receptive field, so when that window is
 * smaller than the input the gradient is taken on the window alone: each map is cut to the
 * rows and columns the pixel can reach (`inputRange`), the layers run without padding, and a
 * constant 0/1 mask zeroes the positions that lie outside the real map (the padding of the
 * full stack). Same numbers, a fraction of the work for small fields on a 64×64 input.
 * Throws PyTorch's error for a stack that does not fit the input.
 */
export function tfStackGradient(
  tf: Tf,
  layers: readonly StackLayer[],
  inputHW: readonly [number, number],
  weights?: StackWeights,
): TfStackGradient {
  const sizes = stackSizes(layers, inputHW);
  const [outH, outW] = sizes[sizes.length - 1];
  const kernels = layers.map((l, i) => {
    if (l.type !== 'conv') return null;
    const base =
      weights?.[i] ?? Array.from({ length: l.kernel }, () => new Array<number>(l.kernel).fill(1));
    const dilated = dilateKernel(base, l.dilation);
    return tf.tidy(() => tf.tensor4d(dilated.flat(), [dilated.length, dilated.length, 1, 1]));
  });
  const layer = (t: tfc.Tensor4D, i: number, padding: number): tfc.Tensor4D => {
    const { kernel: k, stride: s } = layers[i];
    const kernel = kernels[i];
    if (kernel) return tf.conv2d(t, kernel, s, padding);
    // tfjs averages over the pixels inside the image only; PyTorch counts the zero padding.
    const padded =
      padding > 0
        ? tf.pad(t, [
            [0, 0],
            [padding, padding],
            [padding, padding],
            [0, 0],
          ])
        : t;
    return tf.avgPool(padded, k, s, 'valid');
  };

  const x = tf.zeros([1, inputHW[0], inputHW[1], 1]) as tfc.Tensor4D;
  const wholeVjp = tf.grad((input: tfc.Tensor) =>
    layers.reduce((t, l, i) => layer(t, i, l.padding), input as tfc.Tensor4D),
  );

  /** The gradient computed on the whole input: for fields as large as the input. */
  const whole = (row: number, col: number) =>
    tf.tidy(() => {
      const dy = tf.buffer([1, outH, outW, 1], 'float32');
      dy.set(1, 0, row, col, 0);
      return Float32Array.from(wholeVjp(x, dy.toTensor()).dataSync());
    });

  /** The gradient computed on the pixel's receptive-field window, scattered into the input. */
  const windowed = (rowRanges: [number, number][], colRanges: [number, number][]) =>
    tf.tidy(() => {
      const masks = sizes.map(([h, w], m) => {
        const [[r0, r1], [c0, c1]] = [rowRanges[m], colRanges[m]];
        const values = new Float32Array((r1 - r0 + 1) * (c1 - c0 + 1));
        for (let r = r0; r <= r1; r++)
          for (let c = c0; c <= c1; c++)
            values[(r - r0) * (c1 - c0 + 1) + (c - c0)] =
              r >= 0 && r < h && c >= 0 && c < w ? 1 : 0;
        return tf.tensor4d(values, [1, r1 - r0 + 1, c1 - c0 + 1, 1]);
      });
      const forward = (input: tfc.Tensor) =>
        layers.reduce(
          (t, _, i) => layer(tf.mul(t, masks[i]) as tfc.Tensor4D, i, 0),
          input as tfc.Tensor4D,
        );
      const grad = tf
        .grad(forward)(tf.zerosLike(masks[0]), tf.onesLike(masks[masks.length - 1]))
        .dataSync();
      const [[r0, r1], [c0, c1]] = [rowRanges[0], colRanges[0]];
      const out = new Float32Array(inputHW[0] * inputHW[1]);
      for (let r = Math.max(0, r0); r <= Math.min(inputHW[0] - 1, r1); r++) {
        for (let c = Math.max(0, c0); c <= Math.min(inputHW[1] - 1, c1); c++)
          out[r * inputHW[1] + c] = grad[(r - r0) * (c1 - c0 + 1) + (c - c0)];
      }
      return out;
    });

  return {
    inputHW: [inputHW[0], inputHW[1]],
    outputHW: [outH, outW],
    gradient([row, col]) {
      const rowRanges = layerRanges(layers, row);
      const colRanges = layerRanges(layers, col);
      const area =
        (rowRanges[0][1] - rowRanges[0][0] + 1) * (colRanges[0][1] - colRanges[0][0] + 1);
      return area < inputHW[0] * inputHW[1] ? windowed(rowRanges, colRanges) : whole(row, col);
    },
    dispose() {
      kernels.forEach((k) => k?.dispose());
      x.dispose();
    },
  };
}

/**
 * The inclusive index range output index `index` reaches on every map of the stack, input
 * first and the output (`[index, index]`) last: `inputRange` stopped after each layer.
 */
export function layerRanges(layers: readonly StackLayer[], index: number): [number, number][] {
  return layers.map((_, m) => inputRange(layers.slice(m), index)).concat([[index, index]]);
}

import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../engine/experiment';
import type { Random } from '../random/seeded';
import { stackSizes, type StackLayer } from './receptiveField';

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
    l.type === 'conv' ? Array.from({ length: l.kernel }, () => Array.from({ length: l.kernel }, () => random.normal())) : undefined,
  );
}

/**
 * Builds the stack of `layers` on a `[1, H, W, 1]` input with tfjs: a conv layer is a
 * convolution with zero padding p, stride s and the dilated kernel; a pool layer is explicit
 * zero padding then a valid `avgPool` (PyTorch's AvgPool2d with count_include_pad=True).
 * The stack is linear, so the gradient does not depend on the input; it is taken at zero.
 * Throws PyTorch's error for a stack that does not fit the input.
 */
export function tfStackGradient(tf: Tf, layers: readonly StackLayer[], inputHW: readonly [number, number], weights?: StackWeights): TfStackGradient {
  const sizes = stackSizes(layers, inputHW);
  const [outH, outW] = sizes[sizes.length - 1];
  const kernels = layers.map((l, i) => {
    if (l.type !== 'conv') return null;
    const base = weights?.[i] ?? Array.from({ length: l.kernel }, () => new Array<number>(l.kernel).fill(1));
    const dilated = dilateKernel(base, l.dilation);
    return tf.tidy(() => tf.tensor4d(dilated.flat(), [dilated.length, dilated.length, 1, 1]));
  });
  const x = tf.zeros([1, inputHW[0], inputHW[1], 1]) as tfc.Tensor4D;

  const forward = (input: tfc.Tensor): tfc.Tensor =>
    layers.reduce<tfc.Tensor4D>((t, l, i) => {
      const p = l.padding;
      const kernel = kernels[i];
      if (kernel) return tf.conv2d(t, kernel, l.stride, p);
      // tfjs averages over the pixels inside the image only; PyTorch counts the zero padding.
      const padded = p > 0 ? tf.pad(t, [[0, 0], [p, p], [p, p], [0, 0]]) : t;
      return tf.avgPool(padded, l.kernel, l.stride, 'valid');
    }, input as tfc.Tensor4D);
  const vjp = tf.grad(forward);

  return {
    inputHW: [inputHW[0], inputHW[1]],
    outputHW: [outH, outW],
    gradient([row, col]) {
      return tf.tidy(() => {
        const dy = tf.buffer([1, outH, outW, 1], 'float32');
        dy.set(1, 0, row, col, 0);
        return Float32Array.from(vjp(x, dy.toTensor()).dataSync());
      });
    },
    dispose() {
      kernels.forEach((k) => k?.dispose());
      x.dispose();
    },
  };
}

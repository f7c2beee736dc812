import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../experiment';

/**
 * The 3x3 neighbourhoods of every pixel (zero padding 1, stride 1) of an
 * N x H x W x C tensor as rows: (N H W) x 9C ("im2col"). A 3x3 convolution is
 * then one plain matrix product with a 9C x C_out kernel; the wasm backend
 * has no kernel for a convolution's filter gradient, but products it does fast.
 */
export function patches3x3(tf: Tf, x: tfc.Tensor4D): tfc.Tensor2D {
  const [n, h, w, c] = x.shape;
  const padded = tf.pad(x, [
    [0, 0],
    [1, 1],
    [1, 1],
    [0, 0],
  ]);
  const shifted: tfc.Tensor4D[] = [];
  for (let dy = 0; dy < 3; dy++) {
    for (let dx = 0; dx < 3; dx++) shifted.push(tf.slice(padded, [0, dy, dx, 0], [n, h, w, c]));
  }
  return tf.reshape(tf.concat(shifted, 3), [n * h * w, 9 * c]);
}

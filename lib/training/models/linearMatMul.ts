import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../experiment';

/**
 * y = x W, with its backward pass dx = dy Wᵀ, dW = xᵀ dy written with
 * explicit transposes. tfjs' own matMul gradient asks for transposed
 * products, which the wasm backend runs on a slow path (about 50x slower
 * for 64 x 64 on this machine); a transpose followed by a plain product is fast.
 */
export function linearMatMul(tf: Tf, x: tfc.Tensor, w: tfc.Tensor): tfc.Tensor2D {
  const op = tf.customGrad((input, weight, save) => {
    const a = input as tfc.Tensor2D;
    const b = weight as tfc.Tensor2D;
    (save as tfc.GradSaveFunc)([a, b]);
    return {
      value: tf.matMul(a, b),
      gradFunc: (dy, saved) => [
        tf.matMul(dy as tfc.Tensor2D, tf.transpose(saved[1] as tfc.Tensor2D)),
        tf.matMul(tf.transpose(saved[0] as tfc.Tensor2D), dy as tfc.Tensor2D),
      ],
    };
  });
  return op(x, w) as tfc.Tensor2D;
}

import type * as tfc from '@tensorflow/tfjs-core';
import { conv2dBySlices } from '../../pytorch/conv/convBySlices';
import { deformableConv2d } from '../../pytorch/conv/deformableConv';
import type { Tf } from '../../training/experiment';
import type { Random } from '../../random/seeded';

type T4 = tfc.Tensor4D;

/** A digit classifier whose first layer is a 3×3 deformable convolution on the image. */
export interface DeformableNet {
  /** Offset branch: a 3×3 convolution from the image to 2·3² offsets, weights and bias zero at the start. */
  offsetW: tfc.Variable;
  offsetB: tfc.Variable;
  deformW: tfc.Variable;
  deformB: tfc.Variable;
  convW: tfc.Variable;
  convB: tfc.Variable;
  denseW: tfc.Variable;
  denseB: tfc.Variable;
  variables: tfc.Variable[];
}

/** U(±sqrt(6 / fan_in)) (He uniform), so the small ReLU stack starts with lively activations. */
function heUniform(tf: Tf, random: Random, shape: number[]): tfc.Variable {
  const fanIn = shape.slice(0, -1).reduce((a, b) => a * b, 1);
  const bound = Math.sqrt(6 / fanIn);
  const values = Float32Array.from(
    { length: shape.reduce((a, b) => a * b, 1) },
    () => (random.uniform() * 2 - 1) * bound,
  );
  return tf.tidy(() => tf.variable(tf.tensor(values, shape)));
}

/** The network's variables; with the offset branch at zero it starts as a plain CNN. */
export function createDeformableNet(tf: Tf, random: Random, channels: number): DeformableNet {
  const zeros = (shape: number[]) => tf.tidy(() => tf.variable(tf.zeros(shape)));
  const net = {
    offsetW: zeros([3, 3, 1, 18]),
    offsetB: zeros([18]),
    deformW: heUniform(tf, random, [3, 3, 1, channels]),
    deformB: zeros([channels]),
    convW: heUniform(tf, random, [3, 3, channels, 2 * channels]),
    convB: zeros([2 * channels]),
    denseW: heUniform(tf, random, [2 * channels * 4, 10]),
    denseB: zeros([10]),
  };
  return { ...net, variables: Object.values(net) };
}

/** Offsets [N, 8, 8, 18] (Δy, Δx per tap) the offset branch predicts for images [N, 8, 8, 1]. */
export function predictOffsets(tf: Tf, net: DeformableNet, images: T4): T4 {
  return tf.add(conv2dBySlices(tf, images, net.offsetW as tfc.Tensor as T4), net.offsetB);
}

/**
 * Logits [N, 10]: deformable 3×3 conv + ReLU, 3×3 conv + ReLU, 4×4 average pool, Linear.
 * Every op has a gradient on the wasm backend (no conv-backprop, gather or scatter kernels).
 */
export function deformableNetLogits(tf: Tf, net: DeformableNet, images: T4): tfc.Tensor2D {
  const h1 = tf.relu(
    tf.add(
      deformableConv2d(
        tf,
        images,
        predictOffsets(tf, net, images),
        net.deformW as tfc.Tensor as T4,
      ),
      net.deformB,
    ),
  ) as T4;
  const h2 = tf.relu(
    tf.add(conv2dBySlices(tf, h1, net.convW as tfc.Tensor as T4), net.convB),
  ) as T4;
  const pooled = tf.avgPool(h2, 4, 4, 'valid');
  const flat = tf.reshape(pooled, [pooled.shape[0], -1]);
  return tf.add(tf.matMul(flat, net.denseW), net.denseB) as tfc.Tensor2D;
}

/** Mean length √(Δy² + Δx²) of the offsets, in pixels. */
export function meanOffsetLength(tf: Tf, offsets: T4): number {
  return tf.tidy(() => {
    const [n, h, w] = offsets.shape;
    const pairs = tf.reshape(offsets, [n * h * w * 9, 2]);
    return tf.mean(tf.sqrt(tf.sum(tf.square(pairs), 1))).dataSync()[0];
  });
}

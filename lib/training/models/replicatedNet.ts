import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../experiment';
import type { Random } from '../../random/seeded';
import { batchNormEval, batchNormTrain, type BatchMoments } from './batchNormLayer';
import {
  layerFanIn,
  layerSide,
  layerWeightShape,
  readoutFanIn,
  type NetArchitecture,
} from './netArchitecture';
import { heUniform } from './initialWeights';
import { linearMatMul } from './linearMatMul';
import { patches3x3 } from './patches3x3';

type Tensor = tfc.Tensor;

/**
 * Which network a parameter belongs to: one network's own tensor, or a
 * tensor whose last axis holds every network's features side by side
 * (K blocks of F), as the first layer's weights and all biases, gammas, betas do.
 */
export type ParamOwner = { network: number } | { columns: number };

/** K copies of one network that differ only in whether batch norm follows each hidden layer. */
export interface ReplicatedNet {
  architecture: NetArchitecture;
  replicas: number;
  /** per hidden layer: weight(s), bias, gamma, beta; then per network the read-out weight and bias */
  params: tfc.Variable[];
  owners: ParamOwner[];
  /** per hidden layer, K x width: 1 in the columns of networks with batch norm */
  batchNormMask: tfc.Tensor1D[];
  /** running_mean / running_var per hidden layer (K x width) */
  running: { mean: tfc.Variable; variance: tfc.Variable }[];
  dispose(): void;
}

export const BN_EPS = 1e-5;

/**
 * K networks that all start from the same weights: He-uniform (bound
 * sqrt(6 / fan_in)) times `initScale`, biases 0, gamma 1, beta 0, running
 * statistics 0 and 1. The first layer of all K is one wide layer (they share
 * its input); later layers are K separate 2-D products. Elementwise work
 * (bias, batch norm, ReLU) runs once over all K networks' columns.
 */
export function createReplicatedNet(
  tf: Tf,
  architecture: NetArchitecture,
  batchNorm: readonly boolean[],
  initScale: number,
  random: Random,
): ReplicatedNet {
  const k = batchNorm.length;
  const draw = (shape: number[], fanIn: number) =>
    heUniform(
      random,
      shape.reduce((a, b) => a * b, 1),
      fanIn,
      initScale,
    );
  const params: tfc.Variable[] = [];
  const owners: ParamOwner[] = [];
  const add = (t: Tensor, owner: ParamOwner) => {
    params.push(tf.tidy(() => tf.variable(t)));
    t.dispose();
    owners.push(owner);
  };
  const running: ReplicatedNet['running'] = [];
  const batchNormMask: tfc.Tensor1D[] = [];
  architecture.widths.forEach((width, l) => {
    const shape = layerWeightShape(architecture, l);
    const values = draw(shape, layerFanIn(architecture, l));
    if (l === 0) {
      // Columns of network r are r * width ... (r + 1) * width - 1 of the wide layer.
      const rows = shape[0];
      const wide = new Float32Array(values.length * k);
      for (let i = 0; i < rows; i++)
        for (let r = 0; r < k; r++)
          wide.set(values.subarray(i * width, (i + 1) * width), (i * k + r) * width);
      add(tf.tensor2d(wide, [rows, k * width]), { columns: width });
    } else {
      for (let r = 0; r < k; r++) add(tf.tensor(values, shape), { network: r });
    }
    add(tf.zeros([k * width]), { columns: width });
    add(tf.ones([k * width]), { columns: width });
    add(tf.zeros([k * width]), { columns: width });
    running.push({
      mean: tf.tidy(() => tf.variable(tf.zeros([k * width]))),
      variance: tf.tidy(() => tf.variable(tf.ones([k * width]))),
    });
    batchNormMask.push(
      tf.tensor1d(batchNorm.flatMap((b) => new Array<number>(width).fill(b ? 1 : 0))),
    );
  });
  const fanIn = readoutFanIn(architecture);
  const readout = draw([fanIn, architecture.classes], fanIn);
  for (let r = 0; r < k; r++) {
    add(tf.tensor2d(readout, [fanIn, architecture.classes]), { network: r });
    add(tf.zeros([architecture.classes]), { network: r });
  }
  return {
    architecture,
    replicas: k,
    params,
    owners,
    batchNormMask,
    running,
    dispose() {
      tf.dispose([...params, ...batchNormMask, ...running.flatMap((r) => [r.mean, r.variance])]);
    },
  };
}

export interface ForwardOptions {
  /** 'train': batch statistics; 'eval': the running ones */
  mode: 'train' | 'eval';
  running?: ReplicatedNet['running'];
}

/**
 * Logits (K x B x classes) of the K networks for one batch x (B x 64 pixels
 * of 8x8 digits), and the batch statistics each hidden layer normalised with.
 * Hidden layer: z = h W + b (a 3x3 convolution as a product with the
 * patches for the CNN); y = mask * BN(z) + (1 - mask) * z; ReLU; then 2x2
 * average pooling between the CNN's convolutions.
 */
export function forwardReplicas(
  tf: Tf,
  net: Pick<ReplicatedNet, 'architecture' | 'replicas' | 'batchNormMask'>,
  params: readonly Tensor[],
  x: Tensor,
  options: ForwardOptions,
): { logits: Tensor; moments: BatchMoments[] } {
  const { architecture, replicas: k } = net;
  const cnn = architecture.kind === 'cnn';
  const b = x.shape[0];
  const moments: BatchMoments[] = [];
  const widths = architecture.widths;
  // Activations are 2-D throughout: (B) x (K width) for the MLP, (B H W) x (K channels) for the CNN.
  const rows = (input: Tensor, l: number, channels: number) => {
    if (!cnn) return input;
    const side = layerSide(architecture, l);
    return patches3x3(tf, tf.reshape(input, [b, side, side, channels]) as tfc.Tensor4D);
  };
  let h: Tensor = x;
  let p = 0;
  widths.forEach((width, l) => {
    let z: Tensor;
    if (l === 0) {
      z = linearMatMul(tf, rows(x, 0, 1), params[p++]);
    } else if (!cnn) {
      z = tf.concat(
        tf.split(h, k, 1).map((part) => linearMatMul(tf, part, params[p++])),
        1,
      );
    } else {
      // One im2col for all K networks, columns (shift, network, channel) regrouped by network.
      const cin = widths[l - 1];
      const cols = tf.reshape(rows(h, l, k * cin), [-1, 9, k, cin]);
      const byNetwork = tf.reshape(tf.transpose(cols, [0, 2, 1, 3]), [-1, k * 9 * cin]);
      z = tf.concat(
        tf.split(byNetwork, k, 1).map((part) => linearMatMul(tf, part, params[p++])),
        1,
      );
    }
    const [bias, gamma, beta] = params.slice(p, p + 3);
    p += 3;
    z = tf.add(z, bias);
    let normalized: Tensor;
    if (options.mode === 'train') {
      const bn = batchNormTrain(tf, z, [0], gamma, beta, BN_EPS);
      moments.push(bn.moments);
      normalized = bn.y;
    } else {
      const r = (options.running ?? [])[l];
      normalized = batchNormEval(tf, z, r.mean, r.variance, gamma, beta, BN_EPS);
    }
    h = tf.relu(tf.add(z, tf.mul(net.batchNormMask[l], tf.sub(normalized, z))));
    if (cnn && l < widths.length - 1) {
      const side = layerSide(architecture, l);
      const pooled = tf.avgPool(
        tf.reshape(h, [b, side, side, k * width]) as tfc.Tensor4D,
        2,
        2,
        'valid',
      );
      h = tf.reshape(pooled, [b * (side / 2) ** 2, k * width]);
    }
  });
  const fanIn = readoutFanIn(architecture);
  const logits = tf.split(h, k, 1).map((part) => {
    const out = tf.add(linearMatMul(tf, tf.reshape(part, [b, fanIn]), params[p]), params[p + 1]);
    p += 2;
    return out;
  });
  return { logits: tf.stack(logits), moments };
}

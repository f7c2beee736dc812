import type * as tfc from '@tensorflow/tfjs-core';
import { depthwiseConv2dBySlices, groupedConv2dBySlices } from '../../pytorch/conv/convBySlices';
import type { Tf } from '../../training/experiment';
import type { Random } from '../../random/seeded';
import { HEAD_CELLS, type RaceNet } from './convTypeRaceNets';

/**
 * The variables of one race network, for training it with tfjs autograd. The widget trains by
 * hand (convTypeRaceTrainer, several times faster on wasm); this version is the reference its
 * tests hold it to.
 */
export interface RaceModel {
  net: RaceNet;
  /** Per convolution: the filter (`[K, K, C/g, M]`, or `[K, K, C]` for depthwise) and the bias `[M]`. */
  convs: { w: tfc.Variable; b: tfc.Variable }[];
  dense: { w: tfc.Variable; b: tfc.Variable };
  variables: tfc.Variable[];
}

/**
 * He (Kaiming) uniform init, `U(±sqrt(6 / fan_in))`, biases zero. PyTorch's default for Conv2d
 * (`±1/sqrt(fan_in)`) shrinks the signal by about 3 in variance per layer; with 8 channels
 * some of these networks then sat at chance for a hundred steps.
 */
function heUniform(tf: Tf, random: Random, shape: number[], fanIn: number): tfc.Variable {
  const bound = Math.sqrt(6 / fanIn);
  const size = shape.reduce((a, b) => a * b, 1);
  const values = Float32Array.from({ length: size }, () => (random.uniform() * 2 - 1) * bound);
  return tf.tidy(() => tf.variable(tf.tensor(values, shape)));
}

const zeros = (tf: Tf, shape: number[]) => tf.tidy(() => tf.variable(tf.zeros(shape)));

const isDepthwise = (c: RaceNet['convs'][number]) =>
  c.groups === c.inC && c.outC === c.inC && c.groups > 1;

/** Creates a network's variables, drawing the initial weights from `random`. */
export function createRaceModel(tf: Tf, random: Random, net: RaceNet): RaceModel {
  const convs = net.convs.map((c) => {
    const fanIn = (c.inC / c.groups) * c.k * c.k;
    const shape = isDepthwise(c) ? [c.k, c.k, c.inC] : [c.k, c.k, c.inC / c.groups, c.outC];
    return { w: heUniform(tf, random, shape, fanIn), b: zeros(tf, [c.outC]) };
  });
  const features = net.width * HEAD_CELLS;
  const dense = { w: heUniform(tf, random, [features, 10], features), b: zeros(tf, [10]) };
  return { net, convs, dense, variables: [...convs.flatMap((c) => [c.w, c.b]), dense.w, dense.b] };
}

/** Logits `[N, 10]` for images `[N, 8, 8, 1]`: the convolutions, 4×4 average pooling, Linear. */
export function raceForward(tf: Tf, model: RaceModel, images: tfc.Tensor4D): tfc.Tensor2D {
  let h = images;
  model.net.convs.forEach((c, i) => {
    const { w, b } = model.convs[i];
    const y = isDepthwise(c)
      ? depthwiseConv2dBySlices(tf, h, w as tfc.Tensor as tfc.Tensor3D, c.dilation)
      : groupedConv2dBySlices(tf, h, w as tfc.Tensor as tfc.Tensor4D, c.groups, c.dilation);
    const biased = tf.add(y, b) as tfc.Tensor4D;
    h = c.relu ? tf.relu(biased) : biased;
  });
  // 4×4 average pools keep where a stroke is (top-left … bottom-right quarter), which digits need.
  const pooled = tf.avgPool(h, 4, 4, 'valid');
  const flat = tf.reshape(pooled, [pooled.shape[0], -1]) as tfc.Tensor2D;
  return tf.add(
    tf.matMul(flat, model.dense.w as tfc.Tensor as tfc.Tensor2D),
    model.dense.b,
  ) as tfc.Tensor2D;
}

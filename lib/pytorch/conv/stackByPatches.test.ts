import type * as tfc from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tf } from '../../training/experiment';
import { nodeTf } from '../../training/testing/nodeTf';
import { seededRandom } from '../../random/seeded';
import { inputGradient } from './effectiveReceptiveField';
import type { StackLayer } from './receptiveField';
import { stackByPatches } from './stackByPatches';
import { dilateKernel, randomStackWeights } from './tfStackGradient';

const conv = (kernel: number, stride = 1, padding = 0, dilation = 1): StackLayer => ({
  type: 'conv',
  kernel,
  stride,
  padding,
  dilation,
});
const pool = (kernel: number, stride = kernel, padding = 0): StackLayer => ({
  type: 'pool',
  kernel,
  stride,
  padding,
  dilation: 1,
});

const STACKS: [string, StackLayer[], number][] = [
  ['three 3×3 convolutions', [conv(3, 1, 1), conv(3, 1, 1), conv(3, 1, 1)], 12],
  ['dilations 1, 2, 4', [conv(3, 1, 1, 1), conv(3, 1, 2, 2), conv(3, 1, 4, 4)], 16],
  [
    'strided and dilated at once, an even kernel, a pool',
    [conv(3, 2, 2, 2), conv(2, 1, 0), pool(3, 2, 1), conv(3, 3, 1)],
    23,
  ],
];

let tf: Tf;
beforeAll(async () => {
  tf = await nodeTf();
});

/** The reference: tf.conv2d with the dilated kernel spelled out, and avgPool after explicit padding. */
function referenceStack(
  x: tfc.Tensor4D,
  layers: StackLayer[],
  kernels: tfc.Tensor4D[],
): tfc.Tensor4D {
  return layers.reduce((h, l, i) => {
    const p = l.padding;
    if (l.type === 'conv') return tf.conv2d(h, kernels[i], l.stride, p);
    return tf.avgPool(
      p > 0
        ? tf.pad(h, [
            [0, 0],
            [p, p],
            [p, p],
            [0, 0],
          ])
        : h,
      l.kernel,
      l.stride,
      'valid',
    );
  }, x);
}

describe('stackByPatches', () => {
  for (const [name, layers, size] of STACKS) {
    it(`${name}: the output equals tf.conv2d's, and so do the gradients for every kernel tap`, () => {
      const before = tf.memory().numTensors;
      const weights = randomStackWeights(layers, seededRandom(5));
      tf.tidy(() => {
        const random = seededRandom(9);
        const x = tf.tensor4d(
          Float32Array.from({ length: 2 * size * size }, () => random.normal()),
          [2, size, size, 1],
        );
        const flat = weights.map((w) => (w ? tf.tensor1d(w.flat()) : null));
        const dilated = layers.map((l, i) => {
          const d = dilateKernel(weights[i] ?? [[0]], l.dilation);
          return tf.tensor4d(d.flat(), [d.length, d.length, 1, 1]);
        });
        const ours = stackByPatches(tf, x, layers, flat);
        const ref = referenceStack(x, layers, dilated);
        expect(ours.shape).toEqual(ref.shape);
        const [a, b] = [ours.dataSync(), ref.dataSync()];
        a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 4));

        // A weighted sum of the outputs, differentiated with respect to every kernel.
        const mix = tf.tensor(
          Float32Array.from({ length: ref.size }, () => random.normal()),
          ref.shape,
        );
        const convs = layers.flatMap((l, i) => (l.type === 'conv' ? [i] : []));
        const oursGrads = tf.grads((...ks: tfc.Tensor[]) => {
          const all = layers.map((_, i) =>
            convs.includes(i) ? (ks[convs.indexOf(i)] as tfc.Tensor1D) : null,
          );
          return tf.sum(tf.mul(stackByPatches(tf, x, layers, all), mix));
        })(convs.map((i) => flat[i]!));
        const refGrads = tf.grads((...ks: tfc.Tensor[]) => {
          const all = layers.map((_, i) =>
            convs.includes(i) ? (ks[convs.indexOf(i)] as tfc.Tensor4D) : dilated[i],
          );
          return tf.sum(tf.mul(referenceStack(x, layers, all), mix));
        })(convs.map((i) => dilated[i]));
        convs.forEach((layer, c) => {
          const { kernel: k, dilation: d } = layers[layer];
          const size2 = d * (k - 1) + 1;
          const g = oursGrads[c].dataSync();
          const r = refGrads[c].dataSync();
          for (let ky = 0; ky < k; ky++)
            for (let kx = 0; kx < k; kx++)
              expect(g[ky * k + kx]).toBeCloseTo(r[ky * d * size2 + kx * d], 3);
        });
      });
      expect(tf.memory().numTensors).toBe(before);
    });

    it(`${name}: the input gradient of one output pixel equals the float64 backward pass`, () => {
      const weights = randomStackWeights(layers, seededRandom(2));
      tf.tidy(() => {
        const flat = weights.map((w) => (w ? tf.tensor1d(w.flat()) : null));
        const x = tf.zeros([1, size, size, 1]) as tfc.Tensor4D;
        const out = stackByPatches(tf, x, layers, flat);
        const pixel: [number, number] = [Math.floor(out.shape[1] / 2), out.shape[2] - 1];
        const dy = tf.buffer(out.shape, 'float32');
        dy.set(1, 0, pixel[0], pixel[1], 0);
        const g = tf
          .grad((input: tfc.Tensor) => stackByPatches(tf, input as tfc.Tensor4D, layers, flat))(
            x,
            dy.toTensor(),
          )
          .dataSync();
        const expected = inputGradient(layers, [size, size], pixel, weights).values;
        expected.forEach((v, i) => expect(g[i]).toBeCloseTo(v, 4));
      });
    });
  }
});

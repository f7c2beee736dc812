import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../../training/experiment';
import type { StackLayer } from './receptiveField';
import { dilateKernel } from './tfStackGradient';

type T4 = tfc.Tensor4D;

/**
 * `[d(k − 1) + 1, d(k − 1) + 1, 1, k²]` one-hot filters: output channel `ky·k + kx` copies the
 * input pixel under tap (ky, kx) of a k × k kernel with dilation d.
 */
function tapFilters(tf: Tf, k: number, d: number): T4 {
  const size = d * (k - 1) + 1;
  const values = new Float32Array(size * size * k * k);
  for (let t = 0; t < k * k; t++) {
    const one = Array.from({ length: k }, (_, ky) =>
      Array.from({ length: k }, (_, kx) => (ky * k + kx === t ? 1 : 0)),
    );
    dilateKernel(one, d).forEach((row, y) =>
      row.forEach((v, x) => (values[(y * size + x) * k * k + t] = v)),
    );
  }
  return tf.tensor4d(values, [size, size, 1, k * k]);
}

/**
 * One layer of a single-channel stack on `x` (`[N, H, W, 1]`). A convolution reads its k²
 * taps at every output pixel with one `tf.conv2d` by fixed one-hot filters (im2col, with the
 * layer's stride, zero padding and dilation), then weighs them by a matrix product with the
 * kernel: `y[i, j] = Σ_{ky, kx} w[ky·k + kx] · x_p[i·s + ky·d, j·s + kx·d]`, PyTorch's
 * `Conv2d(1, 1, k, s, p, d, bias=False)`. The filters are constants, so training needs only
 * conv2d's input gradient and matMul's: no Conv2DBackpropFilter, which the wasm backend lacks.
 * A pool is explicit zero padding then a valid `avgPool` (`AvgPool2d`, count_include_pad=True).
 */
export function stackLayerByPatches(
  tf: Tf,
  x: T4,
  layer: StackLayer,
  kernel: tfc.Tensor1D | null,
): T4 {
  const { kernel: k, stride: s, padding: p } = layer;
  if (layer.type === 'pool')
    return tf.avgPool(
      p > 0
        ? tf.pad(x, [
            [0, 0],
            [p, p],
            [p, p],
            [0, 0],
          ])
        : x,
      k,
      s,
      'valid',
    );
  if (!kernel) throw new Error('stackLayerByPatches: a convolution needs its kernel');
  const patches = tf.conv2d(x, tapFilters(tf, k, layer.dilation), s, p);
  const [n, h, w] = patches.shape;
  const y = tf.matMul(tf.reshape(patches, [n * h * w, k * k]), tf.reshape(kernel, [k * k, 1]));
  return tf.reshape(y, [n, h, w, 1]);
}

/** The whole stack: `kernels[l]` is conv layer l's k² weights, row-major (null for pools). */
export function stackByPatches(
  tf: Tf,
  x: T4,
  layers: readonly StackLayer[],
  kernels: readonly (tfc.Tensor1D | null)[],
): T4 {
  return layers.reduce((h, layer, l) => stackLayerByPatches(tf, h, layer, kernels[l]), x);
}

import type * as tfc from '@tensorflow/tfjs-core';

type Tf = typeof tfc;
type T4 = tfc.Tensor4D;

/**
 * The K×K shifted views of `x` (NHWC) a stride-1 convolution with 'same' padding reads:
 * tap (ky, kx) is `x_padded[:, ky·d : ky·d + H, kx·d : kx·d + W, :]`, with the input
 * zero-padded by `d(K − 1)/2` on each side (odd K). Returned in row-major tap order.
 * Built from pad and slice only, so its gradient needs no convolution-backprop kernel.
 */
export function convTaps(tf: Tf, x: T4, kernel: number, dilation = 1): T4[] {
  if (kernel % 2 !== 1)
    throw new Error(`convTaps: 'same' padding needs an odd kernel, got ${kernel}`);
  const [n, h, w, c] = x.shape;
  const p = (dilation * (kernel - 1)) / 2;
  const padded =
    p > 0
      ? tf.pad(x, [
          [0, 0],
          [p, p],
          [p, p],
          [0, 0],
        ])
      : x;
  const taps: T4[] = [];
  for (let ky = 0; ky < kernel; ky++) {
    for (let kx = 0; kx < kernel; kx++) {
      taps.push(tf.slice(padded, [0, ky * dilation, kx * dilation, 0], [n, h, w, c]));
    }
  }
  return taps;
}

/**
 * A stride-1, 'same'-padded convolution as a sum of K² matrix products, one per tap:
 * `y[n, i, j, m] = Σ_{ky, kx, c} x[n, i + d·ky − p, j + d·kx − p, c] · w[ky, kx, c, m]`,
 * the cross-correlation `tf.conv2d` (and PyTorch's `nn.Conv2d`) computes, with `w` as
 * tfjs lays a filter out: `[K, K, C, M]`.
 */
export function conv2dBySlices(tf: Tf, x: T4, w: T4, dilation = 1): T4 {
  const [k, , c, m] = w.shape;
  const [n, h, width] = x.shape;
  const perTap = tf.reshape(w, [k * k, c, m]);
  const products = convTaps(tf, x, k, dilation).map((tap, t) =>
    tf.matMul(
      tf.reshape(tap, [n * h * width, c]),
      tf.reshape(tf.slice(perTap, [t, 0, 0], [1, c, m]), [c, m]),
    ),
  );
  return tf.reshape(products.length === 1 ? products[0] : tf.addN(products), [n, h, width, m]);
}

/**
 * Grouped convolution (`nn.Conv2d(C, M, K, groups=g)`): the channels are split into g
 * groups and group j's outputs see only group j's inputs. `w` is `[K, K, C/g, M]`, the
 * same number of weights as PyTorch's `[M, C/g, K, K]`.
 */
export function groupedConv2dBySlices(tf: Tf, x: T4, w: T4, groups: number, dilation = 1): T4 {
  if (groups === 1) return conv2dBySlices(tf, x, w, dilation);
  const inputs = tf.split(x, groups, 3);
  const filters = tf.split(w, groups, 3);
  return tf.concat(
    inputs.map((xi, j) => conv2dBySlices(tf, xi as T4, filters[j] as T4, dilation)),
    3,
  );
}

/**
 * Depthwise convolution (`groups = C`, one K×K filter per channel):
 * `y[n, i, j, c] = Σ_{ky, kx} x[n, i + d·ky − p, j + d·kx − p, c] · w[ky, kx, c]`, with
 * `w` as `[K, K, C]` (what `tf.depthwiseConv2d` calls `[K, K, C, 1]`).
 */
export function depthwiseConv2dBySlices(tf: Tf, x: T4, w: tfc.Tensor3D, dilation = 1): T4 {
  const [k, , c] = w.shape;
  const perTap = tf.reshape(w, [k * k, c]);
  const products = convTaps(tf, x, k, dilation).map((tap, t) =>
    tf.mul(tap, tf.reshape(tf.slice(perTap, [t, 0], [1, c]), [c])),
  );
  return (products.length === 1 ? products[0] : tf.addN(products)) as T4;
}

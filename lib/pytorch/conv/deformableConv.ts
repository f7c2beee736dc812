import type * as tfc from '@tensorflow/tfjs-core';

type Tf = typeof tfc;
type T3 = tfc.Tensor3D;
type T4 = tfc.Tensor4D;

/**
 * The regular K×K sampling grid ℛ of a stride-1 convolution, in row-major tap order:
 * tap k = ky·K + kx sits at (ky − ⌊K/2⌋, kx − ⌊K/2⌋) from the output position (odd K).
 */
export function regularGrid(kernel: number): { dy: number; dx: number }[] {
  const half = (kernel - 1) / 2;
  return Array.from({ length: kernel * kernel }, (_, k) => ({
    dy: Math.floor(k / kernel) - half,
    dx: (k % kernel) - half,
  }));
}

/**
 * Bilinear interpolation weights along one axis, as a matrix over the grid 0..size−1:
 * with p = ⌊p⌋ + f, the weight of q is (1 − f)·[q = ⌊p⌋] + f·[q = ⌊p⌋ + 1], so points
 * off the grid read zeros (zero padding). `positions` is [N, P]; the result [N, P, size].
 *
 * The one-hot terms are written as tents max(0, 1 − |⌊p⌋ − q|) of the floor, whose gradient
 * is zero, so the gradient reaches p only through f: ∂/∂p = x[⌊p⌋ + 1] − x[⌊p⌋], the
 * one-sided derivative Dai et al. use. (A tent of p itself has zero gradient at integer p,
 * exactly where zero-initialised offsets start, and would never move.)
 */
export function bilinearAxisWeights(tf: Tf, positions: tfc.Tensor2D, size: number): T3 {
  const grid = tf.reshape(tf.range(0, size, 1, 'float32'), [1, 1, size]);
  const floor = tf.floor(positions);
  const frac = tf.expandDims(tf.sub(positions, floor), 2);
  const lower = tf.relu(tf.sub(1, tf.abs(tf.sub(tf.expandDims(floor, 2), grid))));
  const upper = tf.relu(tf.sub(1, tf.abs(tf.sub(tf.add(tf.expandDims(floor, 2), 1), grid))));
  return tf.add(tf.mul(tf.sub(1, frac), lower), tf.mul(frac, upper)) as T3;
}

/**
 * Absolute sampling positions p₀ + pₙ + Δpₙ of every output location and tap, from
 * offsets laid out as torchvision's `deform_conv2d` expects them, but NHWC:
 * `offsets[n, i, j, 2k]` is Δy and `[..., 2k + 1]` is Δx of tap k. Returns
 * `{ y, x }`, each [N, H·W·K²] with location-major, tap-minor order.
 */
export function samplingPositions(tf: Tf, offsets: T4, kernel: number) {
  const [n, h, w] = offsets.shape;
  const taps = kernel * kernel;
  const grid = regularGrid(kernel);
  const baseY = new Float32Array(h * w * taps);
  const baseX = new Float32Array(h * w * taps);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      grid.forEach(({ dy, dx }, k) => {
        baseY[(i * w + j) * taps + k] = i + dy;
        baseX[(i * w + j) * taps + k] = j + dx;
      });
    }
  }
  const pairs = tf.reshape(offsets, [n, h * w * taps, 2]);
  const [dy, dx] = tf.split(pairs, 2, 2);
  return {
    y: tf.add(
      tf.tensor2d(baseY, [1, h * w * taps]),
      tf.reshape(dy, [n, h * w * taps]),
    ) as tfc.Tensor2D,
    x: tf.add(
      tf.tensor2d(baseX, [1, h * w * taps]),
      tf.reshape(dx, [n, h * w * taps]),
    ) as tfc.Tensor2D,
  };
}

/**
 * Reads `x` (NHWC) at fractional positions by bilinear interpolation: the sample at p is
 * Σ_q wᵧ(q_y)·wₓ(q_x)·x[q] (see `bilinearAxisWeights`), one batched matrix product of a
 * [P, H·W] weight matrix by the flattened image. Returns [N, P, C]. Built from elementwise
 * ops and matMul only, so it trains on backends without gather or scatter gradients.
 */
export function bilinearSample(tf: Tf, x: T4, y: tfc.Tensor2D, xPos: tfc.Tensor2D): T3 {
  const [n, h, w, c] = x.shape;
  const points = y.shape[1];
  const wy = bilinearAxisWeights(tf, y, h);
  const wx = bilinearAxisWeights(tf, xPos, w);
  const weights = tf.reshape(tf.mul(tf.expandDims(wy, 3), tf.expandDims(wx, 2)), [
    n,
    points,
    h * w,
  ]);
  return tf.matMul(weights, tf.reshape(x, [n, h * w, c])) as T3;
}

/**
 * Deformable convolution v1 (Dai et al. 2017), stride 1, 'same' size:
 * `y(p₀) = Σ_{pₙ ∈ ℛ} w(pₙ) · x(p₀ + pₙ + Δpₙ)`, x read by bilinear interpolation with zero
 * padding. `x` [N, H, W, C], `offsets` [N, H, W, 2K²] (Δy, Δx per tap), `w` [K, K, C, M]
 * as tfjs lays out a filter. With zero offsets it is `tf.conv2d(x, w, 1, 'same')`.
 */
export function deformableConv2d(tf: Tf, x: T4, offsets: T4, w: T4): T4 {
  const [k, , c, m] = w.shape;
  const [n, h, width] = x.shape;
  const { y, x: xPos } = samplingPositions(tf, offsets, k);
  const sampled = bilinearSample(tf, x, y, xPos);
  const columns = tf.reshape(sampled, [n * h * width, k * k * c]);
  return tf.reshape(tf.matMul(columns, tf.reshape(w, [k * k * c, m])), [n, h, width, m]);
}

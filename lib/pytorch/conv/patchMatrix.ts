/**
 * A stride-1 convolution with 'same' padding as a matrix product, on NHWC images held
 * in plain typed arrays (im2col): the patch matrix has one row per output pixel
 * (n, i, j) and one column per tap and input channel (ky, kx, c), so that with the
 * filter as tfjs lays it out, `[K, K, C, M]` read as a (K² C) x M matrix, the
 * convolution is `patches · filter`. Its adjoint scatters a patch-matrix gradient back
 * onto the image (col2im), which gives the input gradient without any convolution kernel.
 */

/** n images of h x w pixels and a k x k kernel (odd k) with dilation d: padding d(k − 1)/2. */
export interface PatchGeometry {
  n: number;
  h: number;
  w: number;
  k: number;
  dilation: number;
}

/**
 * Where each tap of each output pixel reads: entry `row · k² + ky · k + kx` is the input
 * pixel `(n h + i + d ky − p) w + j + d kx − p` of output pixel row = (n h + i) w + j, or −1
 * where the tap falls outside the image. Built once per geometry; every pass below is a
 * gather or scatter over it.
 */
export function tapIndex(g: PatchGeometry): Int32Array {
  const { n, h, w, k, dilation } = g;
  const p = (dilation * (k - 1)) / 2;
  const index = new Int32Array(n * h * w * k * k);
  let at = 0;
  for (let b = 0; b < n; b++) {
    for (let i = 0; i < h; i++) {
      for (let j = 0; j < w; j++) {
        for (let ky = 0; ky < k; ky++) {
          const y = i + dilation * ky - p;
          for (let kx = 0; kx < k; kx++) {
            const x = j + dilation * kx - p;
            index[at++] = y < 0 || y >= h || x < 0 || x >= w ? -1 : (b * h + y) * w + x;
          }
        }
      }
    }
  }
  return index;
}

/**
 * The patch matrix of channels [c0, c0 + cg) (one group of a grouped convolution) of
 * images with `channels` channels: `out[row k² cg + (ky k + kx) cg + c] = x[n, i + d ky − p, j + d kx − p, c0 + c]`,
 * zero where the tap falls outside the image (`taps` from tapIndex).
 */
export function patches(
  x: Float32Array,
  taps: Int32Array,
  channels: number,
  c0: number,
  cg: number,
  out: Float32Array,
): Float32Array {
  for (let q = 0, at = 0; q < taps.length; q++, at += cg) {
    const pixel = taps[q];
    if (pixel < 0) {
      for (let c = 0; c < cg; c++) out[at + c] = 0;
    } else {
      const from = pixel * channels + c0;
      for (let c = 0; c < cg; c++) out[at + c] = x[from + c];
    }
  }
  return out;
}

/** The adjoint of `patches`: adds each entry of the patch-matrix gradient `dp` to the input pixel it was read from. */
export function addPatchGradient(
  dp: Float32Array,
  taps: Int32Array,
  channels: number,
  c0: number,
  cg: number,
  dx: Float32Array,
): void {
  for (let q = 0, at = 0; q < taps.length; q++, at += cg) {
    const pixel = taps[q];
    if (pixel < 0) continue;
    const to = pixel * channels + c0;
    for (let c = 0; c < cg; c++) dx[to + c] += dp[at + c];
  }
}

/**
 * Depthwise convolution (one k x k filter per channel, `w` as `[K, K, C]`), 'same' padding:
 * `y[n, i, j, c] = Σ_{ky, kx} x[n, i + d ky − p, j + d kx − p, c] w[ky, kx, c]`, into `y`.
 */
export function depthwise(
  x: Float32Array,
  taps: Int32Array,
  k2: number,
  channels: number,
  w: Float32Array,
  y: Float32Array,
): void {
  y.fill(0);
  for (let row = 0, q = 0; q < taps.length; row += channels) {
    for (let tap = 0; tap < k2 * channels; tap += channels, q++) {
      const pixel = taps[q];
      if (pixel < 0) continue;
      const from = pixel * channels;
      for (let c = 0; c < channels; c++) y[row + c] += x[from + c] * w[tap + c];
    }
  }
}

/** The depthwise convolution's gradients from dL/dy: added into `dw` and, when given, into `dx`. */
export function depthwiseBackward(
  x: Float32Array,
  taps: Int32Array,
  k2: number,
  channels: number,
  w: Float32Array,
  dy: Float32Array,
  dw: Float32Array,
  dx: Float32Array | null,
): void {
  for (let row = 0, q = 0; q < taps.length; row += channels) {
    for (let tap = 0; tap < k2 * channels; tap += channels, q++) {
      const pixel = taps[q];
      if (pixel < 0) continue;
      const from = pixel * channels;
      for (let c = 0; c < channels; c++) dw[tap + c] += dy[row + c] * x[from + c];
      if (dx) for (let c = 0; c < channels; c++) dx[from + c] += dy[row + c] * w[tap + c];
    }
  }
}

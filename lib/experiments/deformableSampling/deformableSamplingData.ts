import type { Random } from '../../random/seeded';

/**
 * A square image rotated by `angle` (radians, counter-clockwise as drawn with rows going
 * down) and scaled by `scale` about its centre c = (size − 1)/2: output pixel q reads the
 * input at c + R(−angle)·(q − c)/scale by bilinear interpolation, zero outside the image.
 */
export function transformImage(
  pixels: ArrayLike<number>,
  size: number,
  angle: number,
  scale: number,
): Float32Array {
  const out = new Float32Array(size * size);
  const c = (size - 1) / 2;
  const cos = Math.cos(angle) / scale;
  const sin = Math.sin(angle) / scale;
  const at = (i: number, j: number) =>
    i >= 0 && i < size && j >= 0 && j < size ? pixels[i * size + j] : 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      // Rows grow downwards: turning q back clockwise on screen is (i, j) ↦ (i cos + j sin, j cos − i sin).
      const y = c + cos * (i - c) + sin * (j - c);
      const x = c - sin * (i - c) + cos * (j - c);
      const y0 = Math.floor(y);
      const x0 = Math.floor(x);
      const fy = y - y0;
      const fx = x - x0;
      out[i * size + j] =
        (1 - fy) * ((1 - fx) * at(y0, x0) + fx * at(y0, x0 + 1)) +
        fy * ((1 - fx) * at(y0 + 1, x0) + fx * at(y0 + 1, x0 + 1));
    }
  }
  return out;
}

export interface Distortion {
  /** Largest rotation either way, in degrees. */
  maxRotation: number;
  /** Scales are drawn log-uniformly from [1/maxScale, maxScale]. */
  maxScale: number;
}

/**
 * Rows of `x` (n × size², row-major) each rotated by an angle uniform in ±maxRotation and
 * scaled log-uniformly within [1/maxScale, maxScale], drawn from `random`.
 */
export function distortedImages(
  x: Float32Array,
  size: number,
  distortion: Distortion,
  random: Random,
): Float32Array {
  const d = size * size;
  const n = x.length / d;
  const out = new Float32Array(x.length);
  for (let r = 0; r < n; r++) {
    const angle = ((random.uniform() * 2 - 1) * distortion.maxRotation * Math.PI) / 180;
    const scale = Math.exp((random.uniform() * 2 - 1) * Math.log(distortion.maxScale));
    out.set(transformImage(x.subarray(r * d, (r + 1) * d), size, angle, scale), r * d);
  }
  return out;
}

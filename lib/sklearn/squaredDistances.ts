import type { Tf } from '../training/experiment';

/**
 * All pairwise squared Euclidean distances of the n rows of `x` (n x d,
 * row-major) with tfjs: ‖a − b‖² = ‖a‖² + ‖b‖² − 2 a·b, as scikit-learn's
 * `euclidean_distances` computes them. Rounding can make the expansion slightly
 * negative, so values are clamped at 0 and the diagonal is set to exactly 0.
 * Float32 rounding would also break exact ties at random (iris is measured to
 * 0.1 cm, so many pairs are exactly equally far apart), and ties decide which
 * neighbours vote: distances are therefore rounded to multiples of `resolution`.
 * Returns a fresh n x n Float32Array; every tensor made here is freed.
 */
export function squaredDistances(
  tf: Tf,
  x: Float32Array,
  n: number,
  d: number,
  resolution = 1e-3,
): Float32Array {
  const out = tf.tidy(() => {
    const X = tf.tensor2d(x, [n, d]);
    const norms = tf.sum(tf.square(X), 1, true);
    const gram = tf.matMul(X, X, false, true);
    return tf.relu(tf.sub(tf.add(norms, tf.transpose(norms)), tf.mul(gram, 2)));
  });
  const distances = out.dataSync() as Float32Array;
  out.dispose();
  const copy = distances.map((v) => snapDistance(v, resolution));
  for (let i = 0; i < n; i++) copy[i * n + i] = 0;
  return copy;
}

/** A squared distance rounded to the nearest multiple of `resolution`. */
export const snapDistance = (value: number, resolution: number) =>
  Math.round(value / resolution) * resolution;

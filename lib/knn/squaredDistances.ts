import type { Tf } from '../engine/experiment';

/**
 * All pairwise squared Euclidean distances of the n rows of `x` (n x d,
 * row-major) with tfjs: ‖a − b‖² = ‖a‖² + ‖b‖² − 2 a·b, as scikit-learn's
 * `euclidean_distances` computes them. Rounding can make the expansion slightly
 * negative, so values are clamped at 0 and the diagonal is set to exactly 0.
 * Returns a fresh n x n Float32Array; every tensor made here is freed.
 */
export function squaredDistances(tf: Tf, x: Float32Array, n: number, d: number): Float32Array {
  const out = tf.tidy(() => {
    const X = tf.tensor2d(x, [n, d]);
    const norms = tf.sum(tf.square(X), 1, true);
    const gram = tf.matMul(X, X, false, true);
    return tf.relu(tf.sub(tf.add(norms, tf.transpose(norms)), tf.mul(gram, 2)));
  });
  const distances = out.dataSync() as Float32Array;
  out.dispose();
  const copy = new Float32Array(distances);
  for (let i = 0; i < n; i++) copy[i * n + i] = 0;
  return copy;
}

import type { Tensor2D } from '@tensorflow/tfjs-core';
import type { Tf } from '../../training/experiment';
import { solveRidge } from './ridgeSolve';

/**
 * Ridge regression on rows of a fixed design matrix held as tensors. tfjs
 * gathers the rows and forms XᵀX and Xᵀy (and the test predictions); the small
 * f × f system is solved in float64 by `solveRidge`. The Gram matrix of a
 * training set is cached per index array, so scoring several penalties on the
 * same split costs one pass over the data.
 */
export function ridgeOnRows(
  tf: Tf,
  x: Float32Array,
  y: Float32Array,
  features: number,
  penalized: readonly boolean[],
) {
  const n = y.length;
  const xAll = tf.tensor2d(x, [n, features]);
  const yAll = tf.tensor2d(y, [n, 1]);
  const grams = new WeakMap<readonly number[], { gram: Float32Array; xty: Float32Array }>();

  function normalEquations(rows: readonly number[]) {
    let cached = grams.get(rows);
    if (!cached) {
      const [gram, xty] = tf.tidy(() => {
        const idx = tf.tensor1d(rows as number[], 'int32');
        const xs = tf.gather(xAll, idx);
        return [tf.matMul(xs, xs, true, false), tf.matMul(xs, tf.gather(yAll, idx), true, false)];
      });
      cached = { gram: gram.dataSync() as Float32Array, xty: xty.dataSync() as Float32Array };
      tf.dispose([gram, xty]);
      grams.set(rows, cached);
    }
    return cached;
  }

  /** Coefficients of the ridge fit on `rows` with penalty λ. */
  function fit(rows: readonly number[], lambda: number): Float64Array {
    const { gram, xty } = normalEquations(rows);
    return solveRidge(gram, xty, lambda, penalized);
  }

  /** Mean squared error of coefficients `w` on `rows`. */
  function meanSquaredError(w: Float64Array, rows: readonly number[]): number {
    const out = tf.tidy(() => {
      const idx = tf.tensor1d(rows as number[], 'int32');
      const prediction = tf.matMul(
        tf.gather(xAll, idx),
        tf.tensor2d(Float32Array.from(w), [features, 1]),
      ) as Tensor2D;
      return tf.mean(tf.squaredDifference(prediction, tf.gather(yAll, idx)));
    });
    const [value] = out.dataSync();
    out.dispose();
    return value;
  }

  return {
    fit,
    meanSquaredError,
    dispose: () => tf.dispose([xAll, yAll]),
  };
}

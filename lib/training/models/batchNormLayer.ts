import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../experiment';

type Tensor = tfc.Tensor;

/** The per-feature statistics one training pass normalised with (keepDims shapes). */
export interface BatchMoments {
  mean: Tensor;
  /** biased: sum (x - mean)^2 / m */
  variance: Tensor;
  /** m, the values each feature's statistics were taken over */
  count: number;
}

/**
 * Batch norm in training mode over `axes` (Ioffe & Szegedy, Algorithm 1):
 * mu = mean over the axes, var = (1/m) sum (x - mu)^2 (biased),
 * y = gamma * (x - mu) / sqrt(var + eps) + beta. gamma and beta broadcast
 * against the keepDims shape of the statistics.
 */
export function batchNormTrain(
  tf: Tf,
  x: Tensor,
  axes: number[],
  gamma: Tensor,
  beta: Tensor,
  eps: number,
): { y: Tensor; moments: BatchMoments } {
  const { mean, variance } = tf.moments(x, axes, true);
  const xHat = tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, eps)));
  const count = axes.reduce((m, a) => m * x.shape[a], 1);
  return { y: tf.add(tf.mul(xHat, gamma), beta), moments: { mean, variance, count } };
}

/** Batch norm in eval mode: y = gamma * (x - running_mean) / sqrt(running_var + eps) + beta. */
export function batchNormEval(
  tf: Tf,
  x: Tensor,
  runningMean: Tensor,
  runningVar: Tensor,
  gamma: Tensor,
  beta: Tensor,
  eps: number,
): Tensor {
  return tf.add(
    tf.mul(tf.mul(tf.sub(x, runningMean), tf.rsqrt(tf.add(runningVar, eps))), gamma),
    beta,
  );
}

/**
 * PyTorch's running-statistics update with a fixed momentum:
 * running_mean <- (1 - momentum) running_mean + momentum * mu,
 * running_var <- (1 - momentum) running_var + momentum * var * m / (m - 1) (unbiased).
 */
export function updateRunningMoments(
  tf: Tf,
  runningMean: tfc.Variable,
  runningVar: tfc.Variable,
  moments: BatchMoments,
  momentum: number,
): void {
  const unbiased = tf.reshape(
    tf.mul(moments.variance, moments.count / Math.max(1, moments.count - 1)),
    runningVar.shape,
  );
  const mean = tf.reshape(moments.mean, runningMean.shape);
  runningMean.assign(tf.add(tf.mul(runningMean, 1 - momentum), tf.mul(mean, momentum)));
  runningVar.assign(tf.add(tf.mul(runningVar, 1 - momentum), tf.mul(unbiased, momentum)));
}

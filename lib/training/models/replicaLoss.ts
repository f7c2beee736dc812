import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../experiment';

/**
 * Per-network mean cross-entropy and accuracy of K networks' logits
 * (K x B x classes) against one-hot labels (B x classes):
 * loss_k = -(1/B) sum_b log softmax(logits_kb)[y_b], accuracy_k = share of argmax = y.
 */
export function replicaLossAndAccuracy(
  tf: Tf,
  logits: tfc.Tensor,
  oneHot: tfc.Tensor,
  labels: tfc.Tensor,
): { loss: tfc.Tensor1D; accuracy: tfc.Tensor1D } {
  const logProb = tf.logSoftmax(logits, -1);
  const loss = tf.neg(tf.mean(tf.sum(tf.mul(logProb, oneHot), -1), 1)) as tfc.Tensor1D;
  const hits = tf.cast(tf.equal(tf.argMax(logits, -1), labels), 'float32');
  return { loss, accuracy: tf.mean(hits, 1) as tfc.Tensor1D };
}

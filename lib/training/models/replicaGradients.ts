import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../experiment';
import type { BatchMoments } from './batchNormLayer';
import { replicaLossAndAccuracy } from './replicaLoss';
import { forwardReplicas, type ParamOwner, type ReplicatedNet } from './replicatedNet';

type Tensor = tfc.Tensor;

/** One training-mode pass of K networks on a batch, with the gradient of each network's own loss. */
export interface ReplicaGradients {
  /** loss per network (K) */
  loss: tfc.Tensor1D;
  /** batch accuracy per network (K) */
  accuracy: tfc.Tensor1D;
  /** d loss_k / d params_k, laid out like the params (the sum of the losses separates by network) */
  grads: Tensor[];
  /** the batch statistics of each hidden layer */
  moments: BatchMoments[];
}

type NetShape = Pick<ReplicatedNet, 'architecture' | 'replicas' | 'batchNormMask'>;

/**
 * Loss, accuracy and gradients of K networks at `params` on one batch.
 * Call inside tf.tidy: everything returned belongs to the enclosing scope.
 */
export function replicaGradients(
  tf: Tf,
  net: NetShape,
  params: readonly Tensor[],
  x: Tensor,
  oneHot: Tensor,
  labels: Tensor,
): ReplicaGradients {
  let kept: Tensor[] = [];
  let counts: number[] = [];
  const lossOf = (...ps: Tensor[]) => {
    const { logits, moments } = forwardReplicas(tf, net, ps, x, { mode: 'train' });
    const { loss, accuracy } = replicaLossAndAccuracy(tf, logits, oneHot, labels);
    counts = moments.map((m) => m.count);
    // The gradient scope disposes everything but its result: keep the side outputs.
    kept = [loss, accuracy, ...moments.flatMap((m) => [m.mean, m.variance])].map((t) => tf.keep(t));
    return tf.sum(loss) as tfc.Scalar;
  };
  const { grads } = tf.valueAndGrads(lossOf)(params as Tensor[]);
  const [loss, accuracy, ...stats] = kept.map((t) => tf.clone(t));
  tf.dispose(kept);
  const moments = counts.map((count, l) => ({
    mean: stats[2 * l],
    variance: stats[2 * l + 1],
    count,
  }));
  return { loss: loss as tfc.Tensor1D, accuracy: accuracy as tfc.Tensor1D, grads, moments };
}

/**
 * Plain SGD with one learning rate per network: p_k <- p_k - lr_k * g_k.
 * `columnRates(width)` gives the K x width vector of rates for shared tensors.
 */
export function applySgd(
  tf: Tf,
  params: readonly tfc.Variable[],
  owners: readonly ParamOwner[],
  grads: readonly Tensor[],
  learningRates: readonly number[],
  columnRates: (width: number) => Tensor,
): void {
  params.forEach((p, i) => {
    const owner = owners[i];
    const rate = 'network' in owner ? learningRates[owner.network] : columnRates(owner.columns);
    p.assign(tf.sub(p, tf.mul(grads[i], rate)));
  });
}

/** Per network, the sum of squares of its part of each tensor: ||t_k||^2 over the whole list (K values). */
export function perNetworkSquaredNorm(
  tf: Tf,
  tensors: readonly Tensor[],
  owners: readonly ParamOwner[],
  replicas: number,
): tfc.Tensor1D {
  const own: Tensor[][] = Array.from({ length: replicas }, () => []);
  const shared: Tensor[] = [];
  tensors.forEach((t, i) => {
    const owner = owners[i];
    if ('network' in owner) own[owner.network].push(tf.sum(tf.square(t)));
    else shared.push(tf.sum(tf.reshape(tf.square(t), [-1, replicas, owner.columns]), [0, 2]));
  });
  const ownSums = tf.stack(own.map((list) => tf.addN(list)));
  return (shared.length ? tf.add(ownSums, tf.addN(shared)) : ownSums) as tfc.Tensor1D;
}

import type * as tfc from '@tensorflow/tfjs-core';
import type { Tf } from '../../training/experiment';
import type { Random } from '../../random/seeded';

export type NetKind = 'standard' | 'bn' | 'noisy-bn';

/** One hidden block's parameters: z = xW + b, then (BN nets) γ·ẑ + β. */
export interface Block {
  w: tfc.Variable;
  b: tfc.Variable;
  gamma: tfc.Variable | null;
  beta: tfc.Variable | null;
  runningMean: tfc.Variable | null;
  runningVar: tfc.Variable | null;
}

/** Per-step noise after each BN layer: n_ij ~ N(μ_j, s_j²), with μ_j and s_j drawn afresh every step. */
export type StepNoise = readonly (tfc.Tensor2D | null)[];

export interface Mlp {
  kind: NetKind;
  blocks: Block[];
  out: { w: tfc.Variable; b: tfc.Variable };
}

const BN_EPS = 1e-5;

/** PyTorch's nn.Linear default init: weights and biases uniform in ±1/√fan_in. */
function linearInit(tf: Tf, random: Random, fanIn: number, fanOut: number) {
  const bound = 1 / Math.sqrt(fanIn);
  const draw = (n: number) =>
    Float32Array.from({ length: n }, () => (random.uniform() * 2 - 1) * bound);
  return {
    w: tf.tidy(() => tf.variable(tf.tensor2d(draw(fanIn * fanOut), [fanIn, fanOut]))),
    b: tf.tidy(() => tf.variable(tf.tensor1d(draw(fanOut)))),
  };
}

/** An MLP 64 → widths… → 10 with ReLU, and batch norm before each ReLU for `bn` / `noisy-bn`. */
export function createMlp(tf: Tf, random: Random, kind: NetKind, sizes: readonly number[]): Mlp {
  const blocks: Block[] = [];
  for (let l = 0; l + 2 < sizes.length; l++) {
    const { w, b } = linearInit(tf, random, sizes[l], sizes[l + 1]);
    const bn = kind !== 'standard';
    const vec = (v: number) => tf.tidy(() => tf.variable(tf.fill([sizes[l + 1]], v)));
    blocks.push({
      w,
      b,
      gamma: bn ? vec(1) : null,
      beta: bn ? vec(0) : null,
      runningMean: bn ? vec(0) : null,
      runningVar: bn ? vec(1) : null,
    });
  }
  const out = linearInit(tf, random, sizes.at(-2)!, sizes.at(-1)!);
  return { kind, blocks, out };
}

/** The trainable tensors in a fixed order: per block w, b, (γ, β); then the output w, b. `layerOf[k]` is the block index (blocks.length for the output). */
export function trainable(net: Mlp): { params: tfc.Variable[]; layerOf: number[] } {
  const params: tfc.Variable[] = [];
  const layerOf: number[] = [];
  net.blocks.forEach((blk, l) => {
    for (const p of [blk.w, blk.b, blk.gamma, blk.beta])
      if (p) {
        params.push(p);
        layerOf.push(l);
      }
  });
  params.push(net.out.w, net.out.b);
  layerOf.push(net.blocks.length, net.blocks.length);
  return { params, layerOf };
}

export interface ForwardResult {
  logits: tfc.Tensor2D;
  /** Pre-ReLU output of each block (after BN and noise): what the probe watches. */
  preActivations: tfc.Tensor2D[];
  /** Batch mean and biased variance of each block's z (BN nets, training mode). */
  moments: { mean: tfc.Tensor1D; variance: tfc.Tensor1D }[];
}

/**
 * Forward pass with the parameters given as tensors (in `trainable` order), so
 * gradients can be taken with earlier layers replaced by their updated values.
 * Training mode normalises with the batch's statistics; eval mode with the
 * running ones and without noise.
 */
export function forward(
  tf: Tf,
  net: Mlp,
  params: readonly tfc.Tensor[],
  x: tfc.Tensor2D,
  training: boolean,
  noise: StepNoise = [],
): ForwardResult {
  let k = 0;
  let h: tfc.Tensor2D = x;
  const preActivations: tfc.Tensor2D[] = [];
  const moments: ForwardResult['moments'] = [];
  net.blocks.forEach((blk, l) => {
    const w = params[k++] as tfc.Tensor2D;
    const b = params[k++];
    let z = tf.add(tf.matMul(h, w), b) as tfc.Tensor2D;
    if (blk.gamma) {
      const gamma = params[k++];
      const beta = params[k++];
      const { mean, variance } = training
        ? tf.moments(z, 0)
        : { mean: blk.runningMean!, variance: blk.runningVar! };
      if (training)
        moments.push({ mean: mean as tfc.Tensor1D, variance: variance as tfc.Tensor1D });
      z = tf.add(
        tf.mul(gamma, tf.div(tf.sub(z, mean), tf.sqrt(tf.add(variance, BN_EPS)))),
        beta,
      ) as tfc.Tensor2D;
      const n = training ? noise[l] : null;
      if (n) z = tf.add(z, n) as tfc.Tensor2D;
    }
    preActivations.push(z);
    h = tf.relu(z);
  });
  const logits = tf.add(tf.matMul(h, params[k] as tfc.Tensor2D), params[k + 1]) as tfc.Tensor2D;
  return { logits, preActivations, moments };
}

/** PyTorch's running-statistics update (momentum 0.1; the variance enters unbiased, m/(m − 1)). */
export function updateRunningStats(
  tf: Tf,
  net: Mlp,
  moments: ForwardResult['moments'],
  batch: number,
  momentum = 0.1,
) {
  moments.forEach(({ mean, variance }, l) => {
    const blk = net.blocks[l];
    tf.tidy(() => {
      blk.runningMean!.assign(
        tf.add(tf.mul(blk.runningMean!, 1 - momentum), tf.mul(mean, momentum)),
      );
      blk.runningVar!.assign(
        tf.add(
          tf.mul(blk.runningVar!, 1 - momentum),
          tf.mul(variance, (momentum * batch) / Math.max(1, batch - 1)),
        ),
      );
    });
  });
}

/** Every variable of the net, for dispose(). */
export function netVariables(net: Mlp): tfc.Variable[] {
  return net.blocks
    .flatMap((b) =>
      [b.w, b.b, b.gamma, b.beta, b.runningMean, b.runningVar].filter(
        (v): v is tfc.Variable => v !== null,
      ),
    )
    .concat([net.out.w, net.out.b]);
}

/**
 * One SGD step of softmax cross-entropy on (x, y one-hot): w ← w − lr·∇w, and
 * the running statistics updated with the pre-step batch moments, as PyTorch's
 * train-mode forward does. Returns the minibatch loss.
 */
export function sgdStep(tf: Tf, net: Mlp, x: tfc.Tensor2D, y: tfc.Tensor2D, lr: number): number {
  const { params } = trainable(net);
  return tf.tidy(() => {
    const { value, grads } = tf.valueAndGrads(
      (...ps: tfc.Tensor[]) =>
        tf.losses.softmaxCrossEntropy(y, forward(tf, net, ps, x, true).logits) as tfc.Scalar,
    )(params);
    updateRunningStats(tf, net, forward(tf, net, params, x, true).moments, x.shape[0]);
    params.forEach((p, k) => p.assign(tf.sub(p, tf.mul(grads[k], lr))));
    return value.dataSync()[0];
  });
}

/** Loss and accuracy in eval mode (running statistics, no noise). */
export function evaluate(
  tf: Tf,
  net: Mlp,
  x: tfc.Tensor2D,
  yOneHot: tfc.Tensor2D,
): { loss: number; accuracy: number } {
  return tf.tidy(() => {
    const logits = forward(tf, net, trainable(net).params, x, false).logits;
    const loss = tf.losses.softmaxCrossEntropy(yOneHot, logits).dataSync()[0];
    const accuracy = tf
      .mean(tf.cast(tf.equal(tf.argMax(logits, 1), tf.argMax(yOneHot, 1)), 'float32'))
      .dataSync()[0];
    return { loss, accuracy };
  });
}

import { isFloating, scalarTypeName } from '../dtype';
import { PyError, runtimeError } from '../errors';
import { batchNormForward } from '../kernels/batchNorm';
import { checkInputRank } from '../kernels/batchNormChecks';
import type { BatchNormKind } from '../kernels/batchNormChecks';
import { batchNormBackward } from '../kernels/batchNormBackward';
import type { NormalizationTerms } from '../kernels/batchNormNormalize';
import { float32SavedStats } from '../kernels/float32BatchStats';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { writeValues } from './inplace';
import { recordOptional } from './recordOptional';

/** A batch-norm layer's buffers: running_mean, running_var (unbiased) and num_batches_tracked (int64). */
export interface RunningBuffers {
  mean: Tensor;
  variance: Tensor;
  numBatchesTracked: Tensor;
}

export interface BatchNormOptions {
  kind: BatchNormKind;
  eps: number;
  /** null is momentum=None: the cumulative average */
  momentum: number | null;
  training: boolean;
}

/**
 * ATen's float32 `batch_norm_cpu_transform_input`: mean and 1/std stored as
 * floats (1/std computed in float from running_var in eval), alpha = invstd·w
 * and beta = b − mean·alpha rounded to float, then y = x·alpha + beta with
 * one rounding (the AVX2 build fuses the multiply-add).
 */
function float32Transform(
  x: Tensor,
  terms: NormalizationTerms,
  eps: number,
  runningVar: readonly number[] | null,
): Float64Array {
  const f = Math.fround;
  const c = x.shape[1];
  const plane = x.shape.slice(2).reduce((a, b) => a * b, 1);
  const alpha = new Float64Array(c);
  const beta = new Float64Array(c);
  const saved = runningVar ? null : float32SavedStats(x.shape, x.values(), eps);
  for (let k = 0; k < c; k++) {
    const invStd = saved ? saved.invStd[k] : f(1 / f(Math.sqrt(f(runningVar![k] + f(eps)))));
    const mean = saved ? saved.mean[k] : f(terms.mean[k]);
    alpha[k] = f(invStd * (terms.weight ? terms.weight[k] : 1));
    beta[k] = f((terms.bias ? terms.bias[k] : 0) - f(mean * alpha[k]));
  }
  return x.values().map((v, i) => {
    const k = Math.floor(i / plane) % c;
    return v * alpha[k] + beta[k];
  });
}

/**
 * ATen's float32 running-stats update (`batch_norm_cpu_update_stats_template`): each
 * channel's batch mean summed in float in memory order and divided in float, the sum of
 * squared deviations from that float mean summed in float, then `momentum * stat +
 * (1 - momentum) * running` with momentum cast to float (the unbiased variance in double).
 */
function float32RunningStats(
  x: Tensor,
  running: RunningBuffers,
  factor: number,
): { mean: number[]; variance: number[] } {
  const f = Math.fround;
  const c = x.shape[1];
  const plane = x.shape.slice(2).reduce((a, b) => a * b, 1);
  const channelOf = (i: number) => Math.floor(i / plane) % c;
  const xs = x.values();
  const count = xs.length / c;
  const sums = new Array<number>(c).fill(0);
  xs.forEach((v, i) => (sums[channelOf(i)] = f(sums[channelOf(i)] + v)));
  const means = sums.map((sum) => f(sum / count));
  const squares = new Array<number>(c).fill(0);
  xs.forEach((v, i) => {
    const d = f(v - means[channelOf(i)]);
    squares[channelOf(i)] = f(squares[channelOf(i)] + f(d * d));
  });
  const momentum = f(factor);
  const keep = f(1 - momentum);
  return {
    mean: list(running.mean)!.map((r, k) => f(f(momentum * means[k]) + f(keep * r))),
    variance: list(running.variance)!.map((r, k) =>
      f(momentum * (squares[k] / (count - 1)) + f(keep * r)),
    ),
  };
}

/**
 * The weight and bias gradients of a float32 (N, C) training batch as ATen's channels-last
 * backward kernel forms them: per channel, sum(dy) and dotp = sum((x - mean) · dy) accumulated
 * in float over the batch (the product fused into the sum), then grad_weight = dotp · invstd.
 */
function float32AffineGrads(x: Tensor, g: ArrayLike<number>, eps: number) {
  const f = Math.fround;
  const [n, c] = x.shape;
  const xs = x.values();
  const { mean, invStd } = float32SavedStats(x.shape, xs, eps);
  const weight = new Float64Array(c);
  const bias = new Float64Array(c);
  for (let k = 0; k < c; k++) {
    let dotp = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      dotp = f(dotp + f(xs[i * c + k] - mean[k]) * g[i * c + k]);
      sum = f(sum + g[i * c + k]);
    }
    weight[k] = f(dotp * invStd[k]);
    bias[k] = sum;
  }
  return { weight, bias };
}

const list = (t: Tensor | null) => (t ? Array.from(t.values()) : null);

/**
 * `nn.BatchNorm1d/2d.forward` over the session's tensors, by the exact model
 * in `lib/pytorch/kernels/batchNorm`: PyTorch's order of checks (rank, then
 * num_batches_tracked += 1 in training, then the batch size and channel
 * counts), the biased batch variance to normalise, the unbiased one into
 * running_var (written in place, as ATen does), and one
 * `NativeBatchNormBackward0` node with gradients to input, weight and bias.
 */
export function batchNorm(
  rt: Runtime,
  x: Tensor,
  weight: Tensor | null,
  bias: Tensor | null,
  running: RunningBuffers | null,
  opts: BatchNormOptions,
): Tensor {
  const tracked = running ? running.numBatchesTracked.values()[0] : 0;
  const runningVar = running ? Array.from(running.variance.values()) : null;
  const pass = batchNormForward(
    {
      config: {
        kind: opts.kind,
        numFeatures: x.shape[1] ?? 0,
        eps: opts.eps,
        momentum: opts.momentum,
        affine: weight !== null,
        trackRunningStats: running !== null,
      },
      weight: list(weight),
      bias: list(bias),
      running: running
        ? {
            mean: list(running.mean)!,
            variance: list(running.variance)!,
            numBatchesTracked: tracked,
          }
        : null,
    },
    { shape: x.shape, data: x.values() },
    opts.training,
  );
  // The Python module checks the rank, then counts the batch, then F.batch_norm checks the rest.
  if (running && opts.training && !checkInputRank(opts.kind, x.shape))
    writeValues(running.numBatchesTracked, [tracked + 1]);
  if (!pass.ok) throw new PyError(pass.errorType, pass.error);
  const param = weight ?? bias ?? running?.mean ?? null;
  if (!isFloating(x.dtype))
    throw runtimeError(`"batch_norm" not implemented for '${scalarTypeName(x.dtype)}'`);
  if (param && param.dtype !== x.dtype)
    throw runtimeError('mixed dtype (CPU): expect input to have scalar type of BFloat16');
  if (running && opts.training && pass.factor !== null && pass.module.running) {
    const updated =
      x.dtype === 'float32' ? float32RunningStats(x, running, pass.factor) : pass.module.running;
    writeValues(running.mean, updated.mean);
    writeValues(running.variance, updated.variance);
  }
  const out = rt.fromValues(
    x.dtype === 'float32'
      ? float32Transform(x, pass.terms, opts.eps, pass.usedBatchStats ? null : runningVar)
      : pass.output.data,
    x.shape,
    x.dtype,
  );
  const saved = [x, weight, bias].filter((t): t is Tensor => t !== null);
  return recordOptional(
    rt,
    'NativeBatchNormBackward0',
    [x, weight, bias],
    out,
    (g) => {
      const grads = batchNormBackward(
        { shape: x.shape, data: x.values() },
        { shape: x.shape, data: g },
        pass.terms,
        pass.usedBatchStats,
      );
      const affine =
        x.dtype === 'float32' && x.shape.length === 2 && pass.usedBatchStats
          ? float32AffineGrads(x, g, opts.eps)
          : null;
      return [
        x.needsGrad ? grads.gradInput.data : null,
        weight?.needsGrad && grads.gradWeight
          ? (affine?.weight ?? Float64Array.from(grads.gradWeight))
          : null,
        bias?.needsGrad && grads.gradBias
          ? (affine?.bias ?? Float64Array.from(grads.gradBias))
          : null,
      ];
    },
    saved,
  );
}

import { batchStatistics, inverseStd, type BatchStats } from './batchStats';
import {
  checkBatchSize,
  checkChannelCounts,
  checkInputRank,
  type BatchNormKind,
} from './batchNormChecks';
import { normalizeChannels, type NormalizationTerms } from './batchNormNormalize';
import { averagingFactor, updateRunningStats, type RunningStats } from './runningStats';
import type { Float64Tensor } from './channelTensor';
import type { PyFailure } from '../errors';

export interface BatchNormConfig {
  kind: BatchNormKind;
  numFeatures: number;
  eps: number;
  /** null is PyTorch's momentum=None: a cumulative average */
  momentum: number | null;
  affine: boolean;
  trackRunningStats: boolean;
}

/** A batch-norm layer's state, as plain data: parameters and buffers. */
export interface BatchNormModule {
  config: BatchNormConfig;
  /** gamma (null when affine=False) */
  weight: number[] | null;
  /** beta (null when affine=False) */
  bias: number[] | null;
  /** null when track_running_stats=False */
  running: RunningStats | null;
}

/**
 * A fresh `nn.BatchNorm1d/2d(num_features, eps=1e-5, momentum=0.1, affine=True,
 * track_running_stats=True)`: gamma = 1, beta = 0, running_mean = 0, running_var = 1.
 */
export function createBatchNorm(
  options: Pick<BatchNormConfig, 'kind' | 'numFeatures'> & Partial<BatchNormConfig>,
): BatchNormModule {
  const config: BatchNormConfig = {
    eps: 1e-5,
    momentum: 0.1,
    affine: true,
    trackRunningStats: true,
    ...options,
  };
  const c = config.numFeatures;
  return {
    config,
    weight: config.affine ? new Array(c).fill(1) : null,
    bias: config.affine ? new Array(c).fill(0) : null,
    running: config.trackRunningStats
      ? { mean: new Array(c).fill(0), variance: new Array(c).fill(1), numBatchesTracked: 0 }
      : null,
  };
}

/** One forward pass and everything a calculator shows about it. */
export interface BatchNormPass {
  ok: true;
  output: Float64Tensor;
  /** (x - mean) / sqrt(var + eps) with the statistics actually used */
  xHat: Float64Tensor;
  /** the layer after the pass (running statistics updated in training) */
  module: BatchNormModule;
  /** true in training, and in eval without running statistics */
  usedBatchStats: boolean;
  /** this input's own per-channel statistics (null for an empty input) */
  batchStats: BatchStats | null;
  /** the factor the running statistics were updated with, null when they were not */
  factor: number | null;
  /** mean, 1/std, gamma, beta used: what the backward pass needs */
  terms: NormalizationTerms;
  /** y = scale * x + shift per channel */
  scale: number[];
  shift: number[];
}

/**
 * `module.train(training)(input)` for nn.BatchNorm1d / BatchNorm2d in float64,
 * following PyTorch 1.13: rank check, num_batches_tracked += 1 (training with
 * running stats), batch-size check when batch statistics are used, channel
 * checks, then normalise with the biased batch variance (or the running
 * statistics in eval) and update the running statistics with the unbiased one.
 */
export function batchNormForward(
  module: BatchNormModule,
  input: Float64Tensor,
  training: boolean,
): BatchNormPass | PyFailure {
  const { config, weight, bias } = module;
  const rankError = checkInputRank(config.kind, input.shape);
  if (rankError) return rankError;
  let running = module.running;
  const updating = training && running !== null;
  if (updating && running)
    running = { ...running, numBatchesTracked: running.numBatchesTracked + 1 };
  const usedBatchStats = training || running === null;
  if (usedBatchStats) {
    const sizeError = checkBatchSize(input.shape);
    if (sizeError) return sizeError;
  }
  const channels = input.shape[1];
  const empty = input.data.length === 0;
  if (!empty) {
    const countError = checkChannelCounts(channels, {
      runningMean: running ? running.mean.length : null,
      runningVar: running ? running.variance.length : null,
      weight: weight ? weight.length : null,
      bias: bias ? bias.length : null,
    });
    if (countError) return countError;
  }
  const batchStats = empty ? null : batchStatistics(input);
  let factor: number | null = null;
  let terms: NormalizationTerms;
  if (usedBatchStats && batchStats) {
    terms = {
      mean: batchStats.mean,
      invStd: batchStats.varBiased.map((v) => inverseStd(v, config.eps)),
      weight,
      bias,
    };
  } else {
    terms = {
      mean: running ? running.mean.slice() : [],
      invStd: running ? running.variance.map((v) => 1 / Math.sqrt(v + config.eps)) : [],
      weight,
      bias,
    };
  }
  if (updating && running && batchStats && batchStats.varUnbiased) {
    factor = averagingFactor(config.momentum, running.numBatchesTracked);
    running = updateRunningStats(running, batchStats.mean, batchStats.varUnbiased, factor);
  }
  const { output, xHat, scale, shift } = normalizeChannels(input, terms);
  return {
    ok: true,
    output,
    xHat,
    module: { ...module, running },
    usedBatchStats,
    batchStats,
    factor,
    terms,
    scale,
    shift,
  };
}

import { channelLayout, forEachInChannel, type Float64Tensor } from './channelTensor';

/** Per-channel statistics of one batch, over the N (and L or H, W) axes. */
export interface BatchStats {
  mean: number[];
  /** sum over the channel of (x - mean)^2 */
  squaredDeviationSum: number[];
  /** sum / m: what batch norm normalises with */
  varBiased: number[];
  /** sum / (m - 1): what goes into running_var; null with one value per channel */
  varUnbiased: number[] | null;
  /** m = N * L or N * H * W */
  valuesPerChannel: number;
}

/**
 * Batch mean and variances per channel, two passes as PyTorch's CPU kernel
 * (`batch_norm_cpu_collect_stats`) does: mean = sum / m, then
 * sum of (x - mean)^2; biased var = that / m, unbiased = that / (m - 1).
 */
export function batchStatistics(input: Float64Tensor): BatchStats {
  const layout = channelLayout(input.shape);
  const m = layout.valuesPerChannel;
  const mean: number[] = [];
  const squaredDeviationSum: number[] = [];
  for (let c = 0; c < layout.channels; c++) {
    let sum = 0;
    forEachInChannel(layout, c, (i) => {
      sum += input.data[i];
    });
    const mu = sum / m;
    let sq = 0;
    forEachInChannel(layout, c, (i) => {
      const d = input.data[i] - mu;
      sq += d * d;
    });
    mean.push(mu);
    squaredDeviationSum.push(sq);
  }
  return {
    mean,
    squaredDeviationSum,
    varBiased: squaredDeviationSum.map((s) => s / m),
    varUnbiased: m > 1 ? squaredDeviationSum.map((s) => s / (m - 1)) : null,
    valuesPerChannel: m,
  };
}

/** 1 / sqrt(var + eps), and 0 when both are 0, as PyTorch's `InvStd`. */
export function inverseStd(variance: number, eps: number): number {
  return variance !== 0 || eps !== 0 ? 1 / Math.sqrt(variance + eps) : 0;
}

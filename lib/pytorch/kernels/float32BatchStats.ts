/** What ATen saves from a float32 training batch: per channel the mean and 1 / sqrt(var + eps). */
export interface SavedBatchStats {
  mean: number[];
  invStd: number[];
}

/**
 * ATen 1.13's float32 `batch_norm_cpu_collect_stats` as the CPU build runs it. An (N, C)
 * input (one value per channel and sample) takes the channels-last kernel: each channel's
 * sum accumulated in float in batch order, divided in float, and the squared deviations
 * accumulated in float by fused multiply-adds. A larger plane takes the contiguous kernel:
 * the sum accumulated in double, the mean rounded to float, each squared deviation computed
 * in float and accumulated in double, the total stored as float. Both then save
 * `1 / sqrt(var_sum / n + eps)`, the division in float and the root in double; a zero
 * variance with eps = 0 saves 0, as ATen's InvStd does.
 */
export function float32SavedStats(
  shape: readonly number[],
  data: ArrayLike<number>,
  eps: number,
): SavedBatchStats {
  const f = Math.fround;
  const channels = shape[1] ?? 0;
  const plane = shape.slice(2).reduce((a, b) => a * b, 1);
  const batch = shape[0] ?? 0;
  const n = batch * plane;
  const mean: number[] = [];
  const invStd: number[] = [];
  for (let c = 0; c < channels; c++) {
    const at = (b: number, i: number) => data[(b * channels + c) * plane + i];
    let m: number;
    let varSum = 0;
    if (plane === 1) {
      let sum = 0;
      for (let b = 0; b < batch; b++) sum = f(sum + at(b, 0));
      m = f(sum / n);
      for (let b = 0; b < batch; b++) {
        const d = f(at(b, 0) - m);
        varSum = f(varSum + d * d);
      }
    } else {
      let sum = 0;
      for (let b = 0; b < batch; b++) for (let i = 0; i < plane; i++) sum += at(b, i);
      m = f(sum / n);
      for (let b = 0; b < batch; b++)
        for (let i = 0; i < plane; i++) {
          const d = f(at(b, i) - m);
          varSum += f(d * d);
        }
      varSum = f(varSum);
    }
    const variance = f(varSum / n);
    mean.push(m);
    invStd.push(variance === 0 && eps === 0 ? 0 : f(1 / Math.sqrt(variance + eps)));
  }
  return { mean, invStd };
}

/** running_mean, running_var and num_batches_tracked of a batch-norm layer. */
export interface RunningStats {
  mean: number[];
  variance: number[];
  numBatchesTracked: number;
}

/**
 * The factor a training pass blends the batch statistics in with:
 * `momentum`, or 1 / num_batches_tracked (counted after this batch) when
 * momentum is None, which makes the running values a cumulative average.
 */
export function averagingFactor(momentum: number | null, numBatchesTracked: number): number {
  return momentum === null ? 1 / numBatchesTracked : momentum;
}

/**
 * running <- factor * batch + (1 - factor) * running, with the batch mean and
 * the *unbiased* batch variance (PyTorch's `batch_norm_cpu_update_stats`).
 */
export function updateRunningStats(
  running: RunningStats,
  batchMean: readonly number[],
  batchVarUnbiased: readonly number[],
  factor: number,
): RunningStats {
  return {
    mean: running.mean.map((r, c) => factor * batchMean[c] + (1 - factor) * r),
    variance: running.variance.map((r, c) => factor * batchVarUnbiased[c] + (1 - factor) * r),
    numBatchesTracked: running.numBatchesTracked,
  };
}

import { PyError, type PyFailure } from '../errors';
import { formatTorchSize } from '../formatShape';

export type BatchNormKind = 'BatchNorm1d' | 'BatchNorm2d';

/**
 * `_check_input_dim` of nn.BatchNorm1d (2-D or 3-D input) and nn.BatchNorm2d
 * (4-D input), the first thing `forward` does.
 */
export function checkInputRank(kind: BatchNormKind, shape: readonly number[]): PyFailure | null {
  const d = shape.length;
  if (kind === 'BatchNorm1d' && d !== 2 && d !== 3) {
    return new PyError('ValueError', `expected 2D or 3D input (got ${d}D input)`).failure();
  }
  if (kind === 'BatchNorm2d' && d !== 4) {
    return new PyError('ValueError', `expected 4D input (got ${d}D input)`).failure();
  }
  return null;
}

/**
 * `F.batch_norm`'s `_verify_batch_size`: with batch statistics, N * L (or
 * N * H * W) must exceed 1, or the variance would be taken over one value.
 */
export function checkBatchSize(shape: readonly number[]): PyFailure | null {
  const valuesPerChannel = shape[0] * shape.slice(2).reduce((a, b) => a * b, 1);
  if (valuesPerChannel === 1) {
    return new PyError(
      'ValueError',
      `Expected more than 1 value per channel when training, got input size ${formatTorchSize(shape)}`,
    ).failure();
  }
  return null;
}

/**
 * ATen's `_batch_norm_impl_index` checks, in this order, that every tensor it
 * was given has one element per input channel (`input.size(1)`).
 */
export function checkChannelCounts(
  channels: number,
  tensors: {
    runningMean: number | null;
    runningVar: number | null;
    weight: number | null;
    bias: number | null;
  },
): PyFailure | null {
  const named: [string, number | null][] = [
    ['running_mean', tensors.runningMean],
    ['running_var', tensors.runningVar],
    ['weight', tensors.weight],
    ['bias', tensors.bias],
  ];
  for (const [name, count] of named) {
    if (count !== null && count !== channels) {
      return new PyError(
        'RuntimeError',
        `${name} should contain ${channels} elements not ${count}`,
      ).failure();
    }
  }
  return null;
}

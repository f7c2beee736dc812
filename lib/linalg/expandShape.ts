import { PyError, type PyFailure } from '@/lib/torch/errors';
import { formatDims } from '@/lib/torch/formatShape';

/**
 * `tensor.expand(*sizes)` (ATen's `inferExpandGeometry`): the tensor's dims are
 * matched to the right end of `sizes`; each must equal the target or be 1.
 * `typeName` is how the error names the tensor (`torch.FloatTensor` for float32).
 */
export function expandShape(
  shape: readonly number[],
  sizes: readonly number[],
  typeName = 'torch.FloatTensor',
): { ok: true; shape: number[] } | PyFailure {
  if (sizes.length < shape.length) {
    return new PyError(
      'RuntimeError',
      `expand(${typeName}{${formatDims(shape)}}, size=${formatDims(sizes)}): the number of sizes provided (${sizes.length}) must be greater or equal to the number of dimensions in the tensor (${shape.length})`,
    ).failure();
  }
  for (let i = sizes.length - 1; i >= 0; i--) {
    const dim = shape.length - (sizes.length - i);
    const size = dim >= 0 ? shape[dim] : 1;
    if (size !== sizes[i] && size !== 1) {
      return new PyError(
        'RuntimeError',
        `The expanded size of the tensor (${sizes[i]}) must match the existing size (${size}) at non-singleton dimension ${i}.  Target sizes: ${formatDims(sizes)}.  Tensor sizes: ${formatDims(shape)}`,
      ).failure();
    }
  }
  return { ok: true, shape: [...sizes] };
}

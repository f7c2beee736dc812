import { attempt, type PyFailure } from '@/lib/pytorch/errors';
import { expandedShape } from '@/lib/pytorch/ops/broadcast';

/**
 * `tensor.expand(*sizes)` (ATen's `inferExpandGeometry`), or PyTorch's error as data.
 * `typeName` is how the error names the tensor (`torch.FloatTensor` for float32).
 */
export function expandShape(
  shape: readonly number[],
  sizes: readonly number[],
  typeName = 'torch.FloatTensor',
): { ok: true; shape: number[] } | PyFailure {
  const result = attempt(() => expandedShape(shape, sizes, typeName));
  return result.ok ? { ok: true, shape: result.value } : result;
}

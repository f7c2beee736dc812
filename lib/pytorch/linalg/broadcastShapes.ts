import { attempt, type PyFailure } from '@/lib/pytorch/errors';
import { broadcastShapes as inferSize } from '@/lib/pytorch/ops/broadcast';

/** The broadcast shape of `a` and `b` (ATen's `infer_size`), or PyTorch's error as data. */
export function broadcastShapes(
  a: readonly number[],
  b: readonly number[],
): { ok: true; shape: number[] } | PyFailure {
  const result = attempt(() => inferSize(a, b));
  return result.ok ? { ok: true, shape: result.value } : result;
}

/** Pads a shape on the left with 1s to `ndim` dimensions (how broadcasting lines shapes up). */
export function padLeft(shape: readonly number[], ndim: number): number[] {
  return [...new Array<number>(Math.max(0, ndim - shape.length)).fill(1), ...shape];
}

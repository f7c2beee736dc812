import { PyError, type PyFailure } from '@/lib/torch/errors';

/**
 * ATen's `infer_size`: align two shapes on the right, pad the shorter with 1s;
 * sizes must be equal or one of them 1 (a 1 takes the other size, so 1 and 0
 * give 0). Dimensions are checked from the last one back, and an error names
 * the dimension's index in the broadcast result.
 */
export function broadcastShapes(a: readonly number[], b: readonly number[]): { ok: true; shape: number[] } | PyFailure {
  const ndim = Math.max(a.length, b.length);
  const shape = new Array<number>(ndim);
  for (let i = ndim - 1; i >= 0; i--) {
    const offset = ndim - 1 - i;
    const sizeA = a.length - 1 - offset >= 0 ? a[a.length - 1 - offset] : 1;
    const sizeB = b.length - 1 - offset >= 0 ? b[b.length - 1 - offset] : 1;
    if (sizeA !== sizeB && sizeA !== 1 && sizeB !== 1) {
      return new PyError(
        'RuntimeError',
        `The size of tensor a (${sizeA}) must match the size of tensor b (${sizeB}) at non-singleton dimension ${i}`,
      ).failure();
    }
    shape[i] = sizeA === 1 ? sizeB : sizeA;
  }
  return { ok: true, shape };
}

/** Pads a shape on the left with 1s to `ndim` dimensions (how broadcasting lines shapes up). */
export function padLeft(shape: readonly number[], ndim: number): number[] {
  return [...new Array<number>(Math.max(0, ndim - shape.length)).fill(1), ...shape];
}

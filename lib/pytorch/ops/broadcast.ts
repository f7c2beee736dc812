import { runtimeError } from '../errors';
import { formatDims } from '../formatShape';
import { contiguousStrides, numelOf } from '../tensor';

/**
 * ATen's `infer_size`, the broadcasting rule: align two shapes on the right, pad the
 * shorter with 1s; sizes must be equal or one of them 1 (a 1 takes the other size, so 1
 * and 0 give 0). Dimensions are checked from the last one back, and an error names the
 * dimension's index in the broadcast result.
 */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const ndim = Math.max(a.length, b.length);
  const shape = new Array<number>(ndim);
  for (let i = ndim - 1; i >= 0; i--) {
    const sizeA = a[a.length - ndim + i] ?? 1;
    const sizeB = b[b.length - ndim + i] ?? 1;
    if (sizeA !== sizeB && sizeA !== 1 && sizeB !== 1) {
      throw runtimeError(
        `The size of tensor a (${sizeA}) must match the size of tensor b (${sizeB}) at non-singleton dimension ${i}`,
      );
    }
    shape[i] = sizeA === 1 ? sizeB : sizeA;
  }
  return shape;
}

/**
 * The shape of `tensor.expand(*sizes)` (ATen's `inferExpandGeometry`): the tensor's dims
 * are matched to the right end of `sizes`, checked from the last one back; each must equal
 * its target or be 1, and -1 keeps an existing size. `typeName` is how the error names the
 * tensor (`torch.FloatTensor` for float32).
 */
export function expandedShape(
  shape: readonly number[],
  sizes: readonly number[],
  typeName = 'torch.FloatTensor',
): number[] {
  if (sizes.length < shape.length) {
    throw runtimeError(
      `expand(${typeName}{${formatDims(shape)}}, size=${formatDims(sizes)}): the number of sizes provided (${sizes.length}) must be greater or equal to the number of dimensions in the tensor (${shape.length})`,
    );
  }
  const out = new Array<number>(sizes.length);
  for (let i = sizes.length - 1; i >= 0; i--) {
    const dim = shape.length - (sizes.length - i);
    if (dim < 0 && sizes[i] === -1) {
      throw runtimeError(
        `The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension ${i}`,
      );
    }
    const size = dim >= 0 ? shape[dim] : 1;
    const target = sizes[i] === -1 ? size : sizes[i];
    if (size !== target && size !== 1) {
      throw runtimeError(
        `The expanded size of the tensor (${target}) must match the existing size (${size}) at non-singleton dimension ${i}.  Target sizes: ${formatDims(sizes)}.  Tensor sizes: ${formatDims(shape)}`,
      );
    }
    out[i] = target;
  }
  return out;
}

/** For each element of `out`, the row-major index of the element of `shape` broadcast to it. */
export function broadcastIndex(shape: readonly number[], out: readonly number[]): Int32Array {
  const n = numelOf(out);
  const idx = new Int32Array(n);
  const inStrides = contiguousStrides(shape);
  const lead = out.length - shape.length;
  for (let i = 0; i < n; i++) {
    let rem = i;
    let j = 0;
    for (let d = out.length - 1; d >= 0; d--) {
      const c = rem % out[d];
      rem = Math.floor(rem / out[d]);
      const sd = d - lead;
      if (sd >= 0 && shape[sd] !== 1) j += c * inStrides[sd];
    }
    idx[i] = j;
  }
  return idx;
}

/** Values of `shape` broadcast to `out`. */
export function expandValues(
  values: Float64Array,
  shape: readonly number[],
  out: readonly number[],
): Float64Array {
  const idx = broadcastIndex(shape, out);
  return Float64Array.from(idx, (j) => values[j]);
}

/** The adjoint of broadcasting: sum a gradient of shape `out` back to `shape`. */
export function sumToShape(
  grad: Float64Array,
  out: readonly number[],
  shape: readonly number[],
): Float64Array {
  if (out.length === shape.length && out.every((n, i) => n === shape[i])) return grad;
  const idx = broadcastIndex(shape, out);
  const res = new Float64Array(numelOf(shape));
  for (let i = 0; i < grad.length; i++) res[idx[i]] += grad[i];
  return res;
}

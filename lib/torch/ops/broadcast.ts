import { runtimeError } from '../errors';
import { contiguousStrides, numelOf } from '../tensor';

/** Broadcast two shapes by NumPy's rules, with PyTorch's error text (infer_size checks from the last dimension). */
export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) {
      throw runtimeError(
        `The size of tensor a (${x}) must match the size of tensor b (${y}) at non-singleton dimension ${i}`,
      );
    }
    out[i] = x === 1 ? y : x;
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
export function expandValues(values: Float64Array, shape: readonly number[], out: readonly number[]): Float64Array {
  const idx = broadcastIndex(shape, out);
  return Float64Array.from(idx, (j) => values[j]);
}

/** The adjoint of broadcasting: sum a gradient of shape `out` back to `shape`. */
export function sumToShape(grad: Float64Array, out: readonly number[], shape: readonly number[]): Float64Array {
  if (out.length === shape.length && out.every((n, i) => n === shape[i])) return grad;
  const idx = broadcastIndex(shape, out);
  const res = new Float64Array(numelOf(shape));
  for (let i = 0; i < grad.length; i++) res[idx[i]] += grad[i];
  return res;
}

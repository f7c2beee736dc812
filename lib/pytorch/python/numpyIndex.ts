import { indexError, valueError } from '../errors';
import { NdArray } from '../numpy';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import { toInt } from './context';
import { ELLIPSIS, getIndex, PySlice } from './indexing';
import type { PyValue } from './values';
import { PyList, PyTuple } from './values';

/** CPython's PySlice_AdjustIndices: start, length for any nonzero step. */
export function adjustSlice(
  n: number,
  start: PyValue,
  stop: PyValue,
  step: number,
): [number, number] {
  const norm = (v: PyValue, dflt: number, lo: number, hi: number) => {
    if (v === null) return dflt;
    let x = toInt(v);
    if (x < 0) x += n;
    return Math.min(Math.max(x, lo), hi);
  };
  const s = step > 0 ? norm(start, 0, 0, n) : norm(start, n - 1, -1, n - 1);
  const e = step > 0 ? norm(stop, n, 0, n) : norm(stop, -1, -1, n - 1);
  const len =
    step > 0 ? (e > s ? Math.ceil((e - s) / step) : 0) : s > e ? Math.ceil((s - e) / -step) : 0;
  return [s, len];
}

/**
 * `n[index]` by numpy's basic indexing: ints select, slices (any step, so
 * negative strides too) and None / `...` give views sharing memory; an integer
 * list or a mask indexes as the tensor path does (a copy).
 */
export function ndarrayView(rt: Runtime, n: NdArray, index: PyValue): Tensor {
  const v = n.view;
  const items = index instanceof PyTuple ? index.items : [index];
  if (items.some((x) => x instanceof Tensor || x instanceof PyList || x instanceof NdArray)) {
    const idx = items.length === 1 && items[0] instanceof NdArray ? items[0].view : index;
    return getIndex(rt, v, idx);
  }
  const consumed = items.filter((x) => x !== null && x !== ELLIPSIS).length;
  if (consumed > v.shape.length) {
    throw indexError(
      `too many indices for array: array is ${v.shape.length}-dimensional, but ${consumed} were indexed`,
    );
  }
  const shape: number[] = [];
  const strides: number[] = [];
  let offset = v.offset;
  let dim = 0;
  for (const item of items) {
    if (item === ELLIPSIS) {
      for (let k = 0; k < v.shape.length - consumed; k++, dim++) {
        shape.push(v.shape[dim]);
        strides.push(v.strides[dim]);
      }
    } else if (item === null) {
      shape.push(1);
      strides.push(0);
    } else if (item instanceof PySlice) {
      const step = item.step === null ? 1 : toInt(item.step);
      if (step === 0) throw valueError('slice step cannot be zero');
      const [s, len] = adjustSlice(v.shape[dim], item.start, item.stop, step);
      if (len > 0) offset += s * v.strides[dim];
      shape.push(len);
      strides.push(v.strides[dim] * step);
      dim++;
    } else {
      const size = v.shape[dim];
      const i = toInt(item);
      if (i < -size || i >= size)
        throw indexError(`index ${i} is out of bounds for axis ${dim} with size ${size}`);
      offset += (i < 0 ? i + size : i) * v.strides[dim];
      dim++;
    }
  }
  for (; dim < v.shape.length; dim++) {
    shape.push(v.shape[dim]);
    strides.push(v.strides[dim]);
  }
  return rt.view(v, shape, strides, offset);
}

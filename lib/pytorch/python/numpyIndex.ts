import { indexError } from '../errors';
import { NdArray } from '../numpy';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import { toInt } from './context';
import { ELLIPSIS, getIndex, PySlice } from './indexing';
import { adjustSlice } from './sliceIndices';
import type { PyValue } from './values';
import { PyList, PyTuple } from './values';

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
      const { first, step, count } = adjustSlice(item, v.shape[dim]);
      if (count > 0) offset += first * v.strides[dim];
      shape.push(count);
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

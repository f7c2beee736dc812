import { raise } from '../errors';
import { toInt } from './context';
import type { PySlice } from './indexing';
import type { PyValue } from './values';

/**
 * A slice bound as CPython reads it (`_PyEval_SliceIndex`): None, or an int (a bool is one);
 * anything else is refused, as lists, strings, tensors and nn containers all refuse it.
 */
export function sliceBound(v: PyValue): number | null {
  if (v === null) return null;
  if (typeof v !== 'bigint' && typeof v !== 'boolean')
    raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
  return toInt(v);
}

/**
 * CPython's PySlice_Unpack and PySlice_AdjustIndices: where `seq[start:stop:step]` starts in a
 * sequence of `length` items, its step, and how many positions it takes.
 */
export function adjustSlice(
  slice: PySlice,
  length: number,
): { first: number; step: number; count: number } {
  const step = sliceBound(slice.step) ?? 1;
  if (step === 0) raise('ValueError', 'slice step cannot be zero');
  const clamp = (v: PySlice['start'], fallback: number, lo: number, hi: number) => {
    const i = sliceBound(v);
    if (i === null) return fallback;
    return Math.min(Math.max(i < 0 ? i + length : i, lo), hi);
  };
  const first =
    step > 0 ? clamp(slice.start, 0, 0, length) : clamp(slice.start, length - 1, -1, length - 1);
  const last =
    step > 0 ? clamp(slice.stop, length, 0, length) : clamp(slice.stop, -1, -1, length - 1);
  const count = step > 0 ? Math.ceil((last - first) / step) : Math.ceil((first - last) / -step);
  return { first, step, count: Math.max(0, count) };
}

/**
 * `slice.indices(length)` then `range(...)`: the positions `seq[start:stop:step]` picks
 * from a list, a tuple, a string, an nn container or a numpy axis.
 */
export function sliceIndices(slice: PySlice, length: number): number[] {
  const { first, step, count } = adjustSlice(slice, length);
  return Array.from({ length: count }, (_, k) => first + k * step);
}

/** `operator.index(idx)` then the nn containers' range check: `index 5 is out of range`. */
export function checkedIndex(idx: number, size: number): number {
  if (!Number.isInteger(idx))
    raise('TypeError', `'float' object cannot be interpreted as an integer`);
  if (!(-size <= idx && idx < size)) raise('IndexError', `index ${idx} is out of range`);
  return ((idx % size) + size) % size;
}

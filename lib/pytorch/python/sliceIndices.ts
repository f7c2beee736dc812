import { raise } from '../errors';
import { toInt } from './context';
import type { PySlice } from './indexing';

/**
 * `slice.indices(length)` then `range(...)`: the positions `seq[start:stop:step]` picks
 * from a list, a tuple, a string or an nn container (CPython's PySlice_AdjustIndices).
 */
export function sliceIndices(slice: PySlice, length: number): number[] {
  const s = slice.step === null ? 1 : toInt(slice.step);
  if (s === 0) raise('ValueError', 'slice step cannot be zero');
  const clamp = (v: PySlice['start'], fallback: number, lo: number, hi: number) => {
    if (v === null) return fallback;
    const i = toInt(v);
    return Math.min(Math.max(i < 0 ? i + length : i, lo), hi);
  };
  const first =
    s > 0 ? clamp(slice.start, 0, 0, length) : clamp(slice.start, length - 1, -1, length - 1);
  const last = s > 0 ? clamp(slice.stop, length, 0, length) : clamp(slice.stop, -1, -1, length - 1);
  const out: number[] = [];
  for (let i = first; s > 0 ? i < last : i > last; i += s) out.push(i);
  return out;
}

/** `operator.index(idx)` then the nn containers' range check: `index 5 is out of range`. */
export function checkedIndex(idx: number, size: number): number {
  if (!Number.isInteger(idx))
    raise('TypeError', `'float' object cannot be interpreted as an integer`);
  if (!(-size <= idx && idx < size)) raise('IndexError', `index ${idx} is out of range`);
  return ((idx % size) + size) % size;
}

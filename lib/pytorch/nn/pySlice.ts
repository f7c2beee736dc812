import { raise } from '../errors';

/** A Python slice `start:stop:step`; null means omitted. */
export interface PySlice {
  start: number | null;
  stop: number | null;
  step: number | null;
}

/** `slice.indices(length)` then `range(...)`: the positions `list[start:stop:step]` picks. */
export function sliceIndices({ start, stop, step }: PySlice, length: number): number[] {
  const s = step ?? 1;
  if (s === 0) raise('ValueError', 'slice step cannot be zero');
  const clamp = (v: number | null, fallback: number, lo: number, hi: number) => {
    if (v === null) return fallback;
    const w = v < 0 ? v + length : v;
    return Math.min(Math.max(w, lo), hi);
  };
  const first = s > 0 ? clamp(start, 0, 0, length) : clamp(start, length - 1, -1, length - 1);
  const last = s > 0 ? clamp(stop, length, 0, length) : clamp(stop, -1, -1, length - 1);
  const out: number[] = [];
  for (let i = first; s > 0 ? i < last : i > last; i += s) out.push(i);
  return out;
}

/** `operator.index(idx)` then the containers' range check: `index 5 is out of range`. */
export function checkedIndex(idx: number, size: number): number {
  if (!Number.isInteger(idx))
    raise('TypeError', `'float' object cannot be interpreted as an integer`);
  if (!(-size <= idx && idx < size)) raise('IndexError', `index ${idx} is out of range`);
  return ((idx % size) + size) % size;
}

import { pickedGrad, record } from '../autograd';
import { indexError, PyError } from '../errors';
import type { Runtime } from '../runtime';
import { Tensor } from '../tensor';
import { select, slice, unsqueeze } from '../ops/views';
import { notImplemented, toInt } from './context';
import type { PyValue } from './values';
import { PyList, PyObject, PyTuple } from './values';
import { formatDims } from '../formatShape';
import { NdArray } from '../numpy';
import { isFloating } from '../dtype';
import { broadcastShapes } from '../ops/broadcast';
import { sliceBound } from './sliceIndices';

/** A Python `slice` object. */
export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(
      'slice',
      () =>
        `slice(${[start, stop, step].map((v) => (v === null ? 'None' : String(v))).join(', ')})`,
    );
  }
}

export const ELLIPSIS = new PyObject('ellipsis', () => 'Ellipsis');

/**
 * `t[index]` by PyTorch's applySlicing: ints select, partial slices slice,
 * full slices are skipped, None unsqueezes, `...` fills the middle; one
 * integer-list / bool-mask index gives a copy (IndexBackward0).
 */
export function getIndex(rt: Runtime, t: Tensor, index: PyValue): Tensor {
  // A NumPy array indexes as the tensor over its memory (an index array or a mask).
  const items = (index instanceof PyTuple ? index.items : [index]).map((x) =>
    x instanceof NdArray ? x.view : x,
  );
  const advanced = items.filter(
    (x) =>
      x instanceof Tensor ||
      x instanceof PyList ||
      (x instanceof PyObject && x.typeName === 'range'),
  );
  if (advanced.length > 0) {
    if (items.length === 1) return advancedIndex(rt, t, items[0]);
    const leading = items.filter((x) => !isFullSlice(x));
    if (!items.slice(leading.length).every(isFullSlice) || !leading.every(isIndexArray))
      throw notImplemented('mixing advanced and basic indexing');
    return leadingIndex(rt, t, leading);
  }
  const consumed = items.filter((x) => x !== null && x !== ELLIPSIS).length;
  if (consumed > t.shape.length) {
    throw indexError(`too many indices for tensor of dimension ${t.shape.length}`);
  }
  let out = t;
  let dim = 0;
  for (const item of items) {
    if (item === ELLIPSIS) dim += t.shape.length - consumed;
    else if (item === null) out = unsqueeze(rt, out, dim++);
    else if (item instanceof PySlice) {
      const step = sliceBound(item.step) ?? 1;
      if (step === 0) throw new PyError('ValueError', 'slice step cannot be zero');
      if (step < 0) throw new PyError('ValueError', 'step must be greater than zero');
      const n = out.shape[dim];
      const full = item.start === null && item.stop === null && step === 1;
      const [s, e] = [sliceBound(item.start), sliceBound(item.stop)];
      if (!full && !(s === 0 && (e === null || e >= n) && step === 1))
        out = slice(rt, out, dim, s, e, step);
      dim++;
    } else if (typeof item === 'bigint' || typeof item === 'boolean') {
      out = select(rt, out, dim, toInt(item));
    } else
      throw indexError(
        'only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got ' +
          (item === undefined ? '' : typeof item) +
          ')',
      );
  }
  if (out === t) out = slice(rt, t, 0, null, null, 1);
  return out;
}

function advancedIndex(rt: Runtime, t: Tensor, index0: PyValue): Tensor {
  const index =
    index0 instanceof PyObject && index0.typeName === 'range'
      ? new PyList(index0.iterate!())
      : index0;
  const idx = index instanceof Tensor ? index : null;
  const list = index instanceof PyList ? index.items.map((x) => toInt(x)) : null;
  const tv = t.values();
  const inner = t.shape.slice(1).reduce((a, b) => a * b, 1);
  let picks: number[] = [];
  let shape: number[];
  if (idx && idx.dtype === 'bool') {
    const mv = idx.values();
    if (mv.length !== tv.length)
      throw indexError(
        `The shape of the mask ${formatDims(idx.shape)} at index 0 does not match the shape of the indexed tensor ${formatDims(t.shape)} at index 0`,
      );
    picks = [...mv.keys()].filter((i) => mv[i] !== 0);
    shape = [picks.length];
  } else {
    const rows = list ?? Array.from(idx!.values());
    const n = t.shape[0];
    const bad = rows.find((r) => r < -n || r >= n);
    if (bad !== undefined)
      throw indexError(`index ${bad} is out of bounds for dimension 0 with size ${n}`);
    for (const r of rows)
      for (let k = 0; k < inner; k++) picks.push((r < 0 ? r + n : r) * inner + k);
    shape = [...(idx ? idx.shape : [rows.length]), ...t.shape.slice(1)];
  }
  const out = rt.fromValues(
    picks.map((i) => tv[i]),
    shape,
    t.dtype,
  );
  return record(rt, 'IndexBackward0', [t], out, pickedGrad(tv.length, picks), idx ? [idx] : []);
}

const isFullSlice = (x: PyValue) =>
  x instanceof PySlice && x.start === null && x.stop === null && x.step === null;
const isIndexArray = (x: PyValue) =>
  (x instanceof Tensor && x.dtype !== 'bool' && !isFloating(x.dtype)) ||
  x instanceof PyList ||
  (x instanceof PyObject && x.typeName === 'range');

/** An integer index array as its values and shape: a tensor, a list of ints or a range. */
function indexArray(x: PyValue): { values: number[]; shape: number[] } {
  if (x instanceof Tensor) return { values: Array.from(x.values()), shape: x.shape.slice() };
  const items = x instanceof PyList ? x.items : (x as PyObject).iterate!();
  return { values: items.map((v) => toInt(v)), shape: [items.length] };
}

/**
 * `t[i0, i1, ..., :, :]`: integer index arrays on the leading dims, broadcast together as
 * NumPy's advanced indexing does; the result has the broadcast shape, then the dims left.
 */
function leadingIndex(rt: Runtime, t: Tensor, items: PyValue[]): Tensor {
  if (items.length > t.shape.length)
    throw indexError(`too many indices for tensor of dimension ${t.shape.length}`);
  const arrays = items.map(indexArray);
  let shape: number[] = [];
  try {
    shape = arrays.reduce<number[]>((acc, a) => broadcastShapes(acc, a.shape), []);
  } catch {
    throw indexError(
      `shape mismatch: indexing tensors could not be broadcast together with shapes ${arrays.map((a) => formatDims(a.shape)).join(', ')}`,
    );
  }
  const count = shape.reduce((a, b) => a * b, 1);
  const rest = t.shape.slice(items.length);
  const inner = rest.reduce((a, b) => a * b, 1);
  const contiguous = t.shape.map((_, d) => t.shape.slice(d + 1).reduce((a, b) => a * b, 1));
  const picks: number[] = [];
  for (let i = 0; i < count; i++) {
    let base = 0;
    arrays.forEach((a, d) => {
      // Position i of the broadcast shape, read from an array of fewer or size-1 dims.
      let k = 0;
      let rem = i;
      let stride = 1;
      for (let j = shape.length - 1; j >= 0; j--) {
        const pos = rem % shape[j];
        rem = Math.floor(rem / shape[j]);
        const aj = j - (shape.length - a.shape.length);
        if (aj >= 0) {
          if (a.shape[aj] !== 1) k += pos * stride;
          stride *= a.shape[aj];
        }
      }
      const n = t.shape[d];
      const r = a.values[k];
      if (r < -n || r >= n)
        throw indexError(`index ${r} is out of bounds for dimension ${d} with size ${n}`);
      base += (r < 0 ? r + n : r) * contiguous[d];
    });
    for (let k = 0; k < inner; k++) picks.push(base + k);
  }
  const tv = t.values();
  const out = rt.fromValues(
    picks.map((p) => tv[p]),
    [...shape, ...rest],
    t.dtype,
  );
  return record(rt, 'IndexBackward0', [t], out, pickedGrad(tv.length, picks));
}

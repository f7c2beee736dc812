import { indexError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { numelOf } from '../tensor';
import { reduction } from './reduce';
import { wrapDim } from './views';

/**
 * `x.argmax(dim, keepdim)` / `argmin`: int64 index of the first extreme
 * (NaN counts as the extreme, as in ATen); without `dim`, over the flattened tensor.
 */
export function argExtreme(
  rt: Runtime,
  t: Tensor,
  which: 'argmax' | 'argmin',
  dim: number | null,
  keepdim: boolean,
): Tensor {
  const v = t.values();
  if (dim === null && v.length === 0) {
    throw indexError(`${which}(): Expected reduction dim to be specified for input.numel() == 0.`);
  }
  const shape = dim === null ? [v.length] : t.shape;
  const d = dim === null ? 0 : wrapDim(dim, Math.max(t.shape.length, 1));
  if (shape.length && shape[d] === 0)
    throw indexError(`${which}(): Expected reduction dim ${d} to have non-zero size.`);
  const { outShape, target } = reduction(shape, shape.length ? [d] : [], keepdim && dim !== null);
  const n = numelOf(outShape);
  const best = new Float64Array(n);
  const at = new Float64Array(n).fill(-1);
  const size = shape.length ? shape[d] : 1;
  const inner = numelOf(shape.slice(d + 1));
  const better = (x: number, b: number) =>
    !Number.isNaN(b) && (Number.isNaN(x) || (which === 'argmax' ? x > b : x < b));
  v.forEach((x, i) => {
    const j = target[i];
    if (at[j] === -1 || better(x, best[j])) {
      best[j] = x;
      at[j] = Math.floor(i / inner) % size;
    }
  });
  return rt.fromValues(at, outShape, 'int64');
}

/** `x.all(dim, keepdim)` / `x.any(...)`: bool results (uint8 for uint8 inputs, as 1.13 keeps). */
export function allAny(
  rt: Runtime,
  t: Tensor,
  which: 'all' | 'any',
  dim: number | null,
  keepdim: boolean,
): Tensor {
  const { outShape, target } = reduction(t.shape, dim === null ? null : [dim], keepdim);
  const acc = new Float64Array(numelOf(outShape)).fill(which === 'all' ? 1 : 0);
  t.values().forEach((x, i) => {
    const j = target[i];
    acc[j] = which === 'all' ? (acc[j] && x !== 0 ? 1 : 0) : acc[j] || x !== 0 ? 1 : 0;
  });
  return rt.fromValues(acc, outShape, t.dtype === 'uint8' ? 'uint8' : 'bool');
}

import { record } from '../autograd';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { numelOf } from '../tensor';
import { resultType } from './pointwise';
import { wrapDim } from './views';

/** Rows before `dim`, and the contiguous run each tensor contributes per row. */
const outerOf = (shape: readonly number[], dim: number) => numelOf(shape.slice(0, dim));

/**
 * `torch.cat(tensors, dim)` (CatBackward0): sizes must match except along
 * `dim`; dtypes promote as for a binary op; 1-D empty tensors are skipped,
 * as ATen still allows for legacy code.
 */
export function cat(rt: Runtime, tensors: readonly Tensor[], dim: number): Tensor {
  if (tensors.length === 0) throw runtimeError('torch.cat(): expected a non-empty list of Tensors');
  const parts = tensors.filter((t) => !(t.shape.length === 1 && t.shape[0] === 0));
  if (parts.length === 0) return rt.fromValues([], [0], resultType(tensors));
  const ref = parts[0];
  const d = wrapDim(dim, ref.shape.length);
  parts.forEach((t, i) => {
    if (t.shape.length !== ref.shape.length) {
      throw runtimeError(
        `Tensors must have same number of dimensions: got ${ref.shape.length} and ${t.shape.length}`,
      );
    }
    t.shape.forEach((n, k) => {
      if (k !== d && n !== ref.shape[k]) {
        throw runtimeError(
          `Sizes of tensors must match except in dimension ${d}. Expected size ${ref.shape[k]} but got size ${n} for tensor number ${tensors.indexOf(t) >= 0 ? tensors.indexOf(t) : i} in the list.`,
        );
      }
    });
  });
  const shape = ref.shape.slice();
  shape[d] = parts.reduce((s, t) => s + t.shape[d], 0);
  const outer = outerOf(shape, d);
  const runs = parts.map((t) => numelOf(t.shape.slice(d)));
  const row = runs.reduce((a, b) => a + b, 0);
  const out = new Float64Array(numelOf(shape));
  let at = 0;
  parts.forEach((t, p) => {
    const v = t.values();
    for (let o = 0; o < outer; o++)
      out.set(v.subarray(o * runs[p], (o + 1) * runs[p]), o * row + at);
    at += runs[p];
  });
  const res = rt.fromValues(out, shape, resultType(tensors));
  return record(rt, 'CatBackward0', parts, res, (g) => {
    let start = 0;
    return parts.map((t, p) => {
      const s = start;
      start += runs[p];
      if (!t.needsGrad) return null;
      const gi = new Float64Array(outer * runs[p]);
      for (let o = 0; o < outer; o++)
        gi.set(g.subarray(o * row + s, o * row + s + runs[p]), o * runs[p]);
      return gi;
    });
  });
}

/** `torch.stack(tensors, dim)` (StackBackward0): equal shapes, a new dimension at `dim`. */
export function stack(rt: Runtime, tensors: readonly Tensor[], dim: number): Tensor {
  if (tensors.length === 0) throw runtimeError('stack expects a non-empty TensorList');
  const ref = tensors[0].shape;
  const d = wrapDim(dim, ref.length + 1);
  tensors.forEach((t, i) => {
    if (t.shape.length !== ref.length || t.shape.some((n, k) => n !== ref[k])) {
      throw runtimeError(
        `stack expects each tensor to be equal size, but got [${ref.join(', ')}] at entry 0 and [${t.shape.join(', ')}] at entry ${i}`,
      );
    }
  });
  const shape = [...ref.slice(0, d), tensors.length, ...ref.slice(d)];
  const outer = outerOf(ref, d);
  const run = numelOf(ref.slice(d));
  const out = new Float64Array(numelOf(shape));
  tensors.forEach((t, p) => {
    const v = t.values();
    for (let o = 0; o < outer; o++)
      out.set(v.subarray(o * run, (o + 1) * run), (o * tensors.length + p) * run);
  });
  const res = rt.fromValues(out, shape, resultType(tensors));
  return record(rt, 'StackBackward0', tensors, res, (g) =>
    tensors.map((t, p) => {
      if (!t.needsGrad) return null;
      const gi = new Float64Array(outer * run);
      for (let o = 0; o < outer; o++)
        gi.set(
          g.subarray((o * tensors.length + p) * run, (o * tensors.length + p + 1) * run),
          o * run,
        );
      return gi;
    }),
  );
}

import { record } from '../autograd';
import { legacyTypeName } from '../dtype';
import { indexError, runtimeError, valueError } from '../errors';
import type { Runtime } from '../runtime';
import { contiguousStrides, numelOf, Tensor } from '../tensor';
import { formatDims } from '../formatShape';
import { expandedShape } from './broadcast';

/**
 * A view of `src` (same storage and version counter) with a grad_fn whose
 * backward scatters the view's gradient to the elements of `src` it reads.
 */
export function makeView(
  rt: Runtime,
  name: string,
  src: Tensor,
  shape: number[],
  strides: number[],
  offset: number,
): Tensor {
  const out = rt.view(src, shape, strides, offset);
  out.base = src.base ?? src;
  return record(rt, name, [src], out, (g) => {
    const where = new Map<number, number>();
    const n = src.numel();
    for (let i = 0; i < n; i++) where.set(src.storageIndex(i), i);
    const res = new Float64Array(n);
    for (let i = 0; i < g.length; i++) res[where.get(out.storageIndex(i))!] += g[i];
    return [res];
  });
}

export function wrapDim(dim: number, ndim: number): number {
  const n = Math.max(ndim, 1);
  if (dim < -n || dim >= n) {
    throw indexError(
      `Dimension out of range (expected to be in range of [${-n}, ${n - 1}], but got ${dim})`,
    );
  }
  return dim < 0 ? dim + n : dim;
}

/** Resolve a requested shape with at most one -1 against `numel`. */
export function inferShape(shape: readonly number[], numel: number): number[] {
  const known = shape.filter((s) => s !== -1).reduce((a, b) => a * b, 1);
  const free = shape.filter((s) => s === -1).length;
  if (free > 1) throw runtimeError('only one dimension can be inferred');
  const ok = free === 1 ? known !== 0 && numel % known === 0 : known === numel;
  if (!ok) throw runtimeError(`shape '${formatDims(shape)}' is invalid for input of size ${numel}`);
  return shape.map((s) => (s === -1 ? numel / known : s));
}

/** `x.view(shape)`: only for tensors whose memory is laid out row-major. */
export function view(rt: Runtime, t: Tensor, shape: readonly number[]): Tensor {
  const s = inferShape(shape, t.numel());
  if (!t.isContiguous()) {
    throw runtimeError(
      "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.",
    );
  }
  return makeView(rt, 'ViewBackward0', t, s, contiguousStrides(s), t.offset);
}

/** `x.reshape(shape)`: a view when possible (ReshapeAliasBackward0 in 1.13), else a copy. */
export function reshape(rt: Runtime, t: Tensor, shape: readonly number[]): Tensor {
  const s = inferShape(shape, t.numel());
  if (t.isContiguous())
    return makeView(rt, 'ReshapeAliasBackward0', t, s, contiguousStrides(s), t.offset);
  const out = rt.copyOf(t, s);
  return record(rt, 'UnsafeViewBackward0', [t], out, (g) => [g]);
}

export function permute(
  rt: Runtime,
  t: Tensor,
  dims: readonly number[],
  name = 'PermuteBackward0',
): Tensor {
  const d = dims.map((x) => wrapDim(x, t.shape.length));
  if (d.length !== t.shape.length || new Set(d).size !== d.length) {
    throw runtimeError(
      'permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ' +
        `${t.shape.length} is not equal to len(dims) = ${dims.length}`,
    );
  }
  return makeView(
    rt,
    name,
    t,
    d.map((i) => t.shape[i]),
    d.map((i) => t.strides[i]),
    t.offset,
  );
}

export function transpose(
  rt: Runtime,
  t: Tensor,
  a: number,
  b: number,
  name = 'TransposeBackward0',
): Tensor {
  const dims = t.shape.map((_, i) => i);
  if (t.shape.length === 0) return makeView(rt, name, t, [], [], t.offset);
  const [x, y] = [wrapDim(a, t.shape.length), wrapDim(b, t.shape.length)];
  [dims[x], dims[y]] = [dims[y], dims[x]];
  return permute(rt, t, dims, name);
}

/** `x.t()`: transpose of a matrix, a no-op view for 0-d and 1-d. */
export function t2(rt: Runtime, t: Tensor): Tensor {
  if (t.shape.length > 2)
    throw runtimeError(`t() expects a tensor with <= 2 dimensions, but self is ${t.shape.length}D`);
  if (t.shape.length < 2)
    return makeView(rt, 'TBackward0', t, t.shape.slice(), t.strides.slice(), t.offset);
  return transpose(rt, t, 0, 1, 'TBackward0');
}

export function select(rt: Runtime, t: Tensor, dim: number, index: number): Tensor {
  if (t.shape.length === 0)
    throw indexError(
      'invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number',
    );
  const d = wrapDim(dim, t.shape.length);
  const n = t.shape[d];
  if (index < -n || index >= n)
    throw indexError(`index ${index} is out of bounds for dimension ${d} with size ${n}`);
  const i = index < 0 ? index + n : index;
  const shape = t.shape.filter((_, k) => k !== d);
  const strides = t.strides.filter((_, k) => k !== d);
  return makeView(rt, 'SelectBackward0', t, shape, strides, t.offset + i * t.strides[d]);
}

/** Python slice semantics clamped to the dimension (`PySlice_AdjustIndices`). */
export function sliceBounds(
  n: number,
  start: number | null,
  stop: number | null,
  step: number,
): [number, number] {
  const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + n : v, 0), n);
  void step;
  const s = start === null ? 0 : clamp(start);
  const e = stop === null ? n : clamp(stop);
  return [s, Math.max(e, s)];
}

export function slice(
  rt: Runtime,
  t: Tensor,
  dim: number,
  start: number | null,
  stop: number | null,
  step: number,
): Tensor {
  if (step <= 0) throw valueError('step must be greater than zero');
  const d = wrapDim(dim, t.shape.length);
  const [s, e] = sliceBounds(t.shape[d], start, stop, step);
  const shape = t.shape.slice();
  shape[d] = Math.ceil((e - s) / step);
  const strides = t.strides.slice();
  strides[d] *= step;
  return makeView(rt, 'SliceBackward0', t, shape, strides, t.offset + s * t.strides[d]);
}

export function unsqueeze(rt: Runtime, t: Tensor, dim: number): Tensor {
  const d = wrapDim(dim, t.shape.length + 1);
  const shape = t.shape.slice();
  const strides = t.strides.slice();
  shape.splice(d, 0, 1);
  strides.splice(d, 0, d < t.shape.length ? t.strides[d] * t.shape[d] : 1);
  return makeView(rt, 'UnsqueezeBackward0', t, shape, strides, t.offset);
}

/** `t.squeeze()` / `t.squeeze(dim)`; `name` overrides the grad_fn (the in-place `squeeze_(dim)` is SqueezeBackward3). */
export function squeeze(
  rt: Runtime,
  t: Tensor,
  dim?: number,
  name = dim === undefined ? 'SqueezeBackward0' : 'SqueezeBackward1',
): Tensor {
  const keep = t.shape.map((n, i) =>
    dim === undefined ? n !== 1 : i !== wrapDim(dim, t.shape.length) || n !== 1,
  );
  return makeView(
    rt,
    name,
    t,
    t.shape.filter((_, i) => keep[i]),
    t.strides.filter((_, i) => keep[i]),
    t.offset,
  );
}

export function expand(rt: Runtime, t: Tensor, sizes: readonly number[]): Tensor {
  const shape = expandedShape(t.shape, sizes, `torch.${legacyTypeName(t.dtype)}`);
  const lead = sizes.length - t.shape.length;
  const strides = shape.map((s, i) =>
    i >= lead && t.shape[i - lead] === s ? t.strides[i - lead] : 0,
  );
  return makeView(rt, 'ExpandBackward0', t, shape, strides, t.offset);
}

/**
 * `torch.flatten(t, start_dim=0, end_dim=-1)`: dims start..end multiplied into one (a view
 * when the strides allow). Both dims are wrapped first, so a 0-d tensor accepts only
 * [-1, 0] and becomes shape [1]; start == end returns the input itself.
 */
export function flatten(rt: Runtime, t: Tensor, startDim = 0, endDim = -1): Tensor {
  const s = wrapDim(startDim, t.shape.length);
  const e = wrapDim(endDim, t.shape.length);
  if (s > e) throw runtimeError('flatten() has invalid args: start_dim cannot come after end_dim');
  if (t.shape.length === 0) return reshape(rt, t, [1]);
  if (s === e) return t;
  const joined = numelOf(t.shape.slice(s, e + 1));
  return reshape(rt, t, [...t.shape.slice(0, s), joined, ...t.shape.slice(e + 1)]);
}

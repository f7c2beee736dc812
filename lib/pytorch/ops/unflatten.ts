import { runtimeError } from '../errors';
import { formatDims } from '../formatShape';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { makeView, wrapDim } from './views';

/**
 * `t.unflatten(dim, sizes)`: dim split into `sizes` (one may be -1), always a view
 * (ViewBackward0): the new dims take strides from the old dim's stride, innermost first.
 */
export function unflatten(rt: Runtime, t: Tensor, dim: number, sizes: readonly number[]): Tensor {
  const d = wrapDim(dim, t.shape.length);
  if (sizes.length === 0) throw runtimeError('unflatten: sizes must be non-empty');
  const n = t.shape[d];
  const known = sizes.filter((s) => s !== -1).reduce((a, b) => a * b, 1);
  const free = sizes.filter((s) => s === -1).length;
  if (free > 1) throw runtimeError('only one dimension can be inferred');
  const fits = free === 1 ? known !== 0 && n % known === 0 : known === n;
  if (!fits)
    throw runtimeError(
      `unflatten: Provided sizes ${formatDims(sizes)} don't multiply up to the size of dim ${d} (${n}) in the input tensor`,
    );
  const split = sizes.map((s) => (s === -1 ? n / known : s));
  const inner: number[] = [];
  let stride = t.strides[d];
  for (let i = split.length - 1; i >= 0; i--) {
    inner.unshift(stride);
    stride *= split[i];
  }
  return makeView(
    rt,
    'ViewBackward0',
    t,
    [...t.shape.slice(0, d), ...split, ...t.shape.slice(d + 1)],
    [...t.strides.slice(0, d), ...inner, ...t.strides.slice(d + 1)],
    t.offset,
  );
}

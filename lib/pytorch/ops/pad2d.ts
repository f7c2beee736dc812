import { pickedGrad, record } from '../autograd';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';

export type PadMode = 'reflect' | 'replicate' | 'circular';

const NODE: Record<PadMode, string> = {
  reflect: 'ReflectionPad2DBackward0',
  replicate: 'ReplicationPad2DBackward0',
  circular: 'CopySlices',
};

/** Where padded position `i` of a dimension of size `n` reads from (its checks are in lib/pytorch/conv/padInput). */
function source(i: number, n: number, mode: PadMode): number {
  if (i >= 0 && i < n) return i;
  if (mode === 'replicate') return i < 0 ? 0 : n - 1;
  if (mode === 'reflect') return i < 0 ? -i : 2 * (n - 1) - i;
  return ((i % n) + n) % n;
}

/**
 * `F.pad(x, [left, right, top, bottom], mode)` over the last two dims, the
 * padding a Conv2d with `padding_mode != 'zeros'` applies before it convolves:
 * every output pixel copies one input pixel, and the gradient flows back to it.
 */
export function pad2d(
  rt: Runtime,
  x: Tensor,
  [l, r, t, b]: readonly number[],
  mode: PadMode,
): Tensor {
  const nd = x.shape.length;
  const [h, w] = x.shape.slice(nd - 2);
  const planes = x.shape.slice(0, nd - 2).reduce((a, c) => a * c, 1);
  const ho = h + t + b;
  const wo = w + l + r;
  const from = new Int32Array(planes * ho * wo);
  for (let p = 0; p < planes; p++) {
    for (let i = 0; i < ho; i++) {
      const si = source(i - t, h, mode);
      for (let j = 0; j < wo; j++)
        from[(p * ho + i) * wo + j] = (p * h + si) * w + source(j - l, w, mode);
    }
  }
  const v = x.values();
  const out = rt.fromValues(
    Float64Array.from(from, (k) => v[k]),
    [...x.shape.slice(0, nd - 2), ho, wo],
    x.dtype,
  );
  return record(rt, NODE[mode], [x], out, pickedGrad(v.length, from));
}

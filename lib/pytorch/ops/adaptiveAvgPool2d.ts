import { record } from '../autograd';
import { isFloating, scalarTypeName } from '../dtype';
import { runtimeError } from '../errors';
import { formatDims } from '../formatShape';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { mean } from './reduce';

/** Output cell i of `out` over `size` inputs reads [floor(i·size/out), ceil((i+1)·size/out)). */
const windowOf = (i: number, size: number, out: number): [number, number] => [
  Math.floor((i * size) / out),
  Math.ceil(((i + 1) * size) / out),
];

/**
 * `F.adaptive_avg_pool2d(x, (oh, ow))` on (C, H, W) or (N, C, H, W), as ATen 1.13 runs it:
 * a 1×1 output is `x.mean((-1, -2), keepdim=True)` (MeanBackward1); otherwise each cell is
 * its window's sum, accumulated in the dtype in row order, divided by the window's height
 * and then by its width (AdaptiveAvgPool2DBackward0).
 */
export function adaptiveAvgPool2d(rt: Runtime, x: Tensor, size: readonly number[]): Tensor {
  const nd = x.shape.length;
  if (nd !== 3 && nd !== 4)
    throw runtimeError(
      `adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got ${formatDims(x.shape)}`,
    );
  for (let d = 1; d < nd; d++)
    if (x.shape[d] === 0)
      throw runtimeError(
        `adaptive_avg_pool2d(): Expected input to have non-zero size for non-batch dimensions, but input has sizes ${formatDims(x.shape)} with dimension ${d} being empty`,
      );
  if (size.length !== 2) throw runtimeError('adaptive_avg_pool2d: output_size must be 2');
  if (size.some((s) => s < 0))
    throw runtimeError(
      `adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {${size.join(', ')}}`,
    );
  const [oh, ow] = size;
  if (oh === 1 && ow === 1) return mean(rt, x, [-1, -2], true);
  if (!isFloating(x.dtype))
    throw runtimeError(`"adaptive_avg_pool2d" not implemented for '${scalarTypeName(x.dtype)}'`);
  const [h, w] = x.shape.slice(-2);
  const planes = x.numel() / (h * w);
  const r = x.dtype === 'float64' ? (v: number) => v : Math.fround;
  const xv = x.values();
  const out = new Float64Array(planes * oh * ow);
  for (let p = 0; p < planes; p++)
    for (let i = 0; i < oh; i++) {
      const [h0, h1] = windowOf(i, h, oh);
      for (let j = 0; j < ow; j++) {
        const [w0, w1] = windowOf(j, w, ow);
        let sum = 0;
        for (let a = h0; a < h1; a++)
          for (let b = w0; b < w1; b++) sum = r(sum + xv[(p * h + a) * w + b]);
        out[(p * oh + i) * ow + j] = r(r(sum / (h1 - h0)) / (w1 - w0));
      }
    }
  const result = rt.fromValues(out, [...x.shape.slice(0, -2), oh, ow], x.dtype);
  return record(rt, 'AdaptiveAvgPool2DBackward0', [x], result, (g) => {
    const gx = new Float64Array(xv.length);
    for (let p = 0; p < planes; p++)
      for (let i = 0; i < oh; i++) {
        const [h0, h1] = windowOf(i, h, oh);
        for (let j = 0; j < ow; j++) {
          const [w0, w1] = windowOf(j, w, ow);
          const share = g[(p * oh + i) * ow + j] / (h1 - h0) / (w1 - w0);
          for (let a = h0; a < h1; a++)
            for (let b = w0; b < w1; b++) gx[(p * h + a) * w + b] += share;
        }
      }
    return [gx];
  });
}

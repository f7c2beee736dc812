import { pickedGrad, record } from '../autograd';
import { isFloating, scalarTypeName } from '../dtype';
import { indexError, runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { formatDims } from '../formatShape';

export interface Pool2dOptions {
  kernel: readonly [number, number];
  stride: readonly [number, number];
  padding: readonly [number, number];
  dilation: readonly [number, number];
  ceilMode: boolean;
  /** avg_pool2d only */
  countIncludePad: boolean;
  divisorOverride: number | null;
}

/**
 * ATen's `pooling_output_shape`: `floor((n + 2p − d(k − 1) − 1 + (ceil ? s − 1 : 0)) / s) + 1`,
 * one less when ceil mode would start the last window in the right padding.
 */
function outputSize(n: number, k: number, p: number, s: number, d: number, ceil: boolean): number {
  if (s === 0) throw runtimeError('stride should not be zero');
  if (p > Math.floor(k / 2))
    throw runtimeError(
      `pad should be at most half of kernel size, but got pad=${p} and kernel_size=${k}`,
    );
  let out = Math.floor((n + 2 * p - d * (k - 1) - 1 + (ceil ? s - 1 : 0)) / s) + 1;
  if (ceil && (out - 1) * s >= n + p) out--;
  return out;
}

/**
 * The checks of `max_pool2d` / `avg_pool2d` on a (C, H, W) or (N, C, H, W) input, in
 * ATen's order (the rank, the output size with its stride and padding checks, then
 * `pool2d_shape_check`: kernel, stride, dilation, empty dims, too small an output),
 * and the output shape.
 */
function poolShape(x: Tensor, o: Pool2dOptions, kind: 'max' | 'avg'): number[] {
  const nd = x.shape.length;
  if (kind === 'max' && nd !== 3 && nd !== 4)
    throw runtimeError('non-empty 3D or 4D (batch mode) tensor expected for input');
  if (kind === 'avg' && nd < 3) {
    throw nd === 0
      ? indexError('Dimension specified as -3 but tensor has no dimensions')
      : indexError(
          `Dimension out of range (expected to be in range of [${-nd}, ${nd - 1}], but got -3)`,
        );
  }
  const [h, w] = x.shape.slice(nd - 2);
  const oh = outputSize(h, o.kernel[0], o.padding[0], o.stride[0], o.dilation[0], o.ceilMode);
  const ow = outputSize(w, o.kernel[1], o.padding[1], o.stride[1], o.dilation[1], o.ceilMode);
  const [kh, kw] = o.kernel;
  if (kh <= 0 || kw <= 0)
    throw runtimeError(`kernel size should be greater than zero, but got kH: ${kh} kW: ${kw}`);
  if (o.stride[0] <= 0 || o.stride[1] <= 0)
    throw runtimeError(
      `stride should be greater than zero, but got dH: ${o.stride[0]} dW: ${o.stride[1]}`,
    );
  if (o.dilation[0] <= 0 || o.dilation[1] <= 0)
    throw runtimeError(
      `dilation should be greater than zero, but got dilationH: ${o.dilation[0]} dilationW: ${o.dilation[1]}`,
    );
  // a 3-D input must be non-empty; a 4-D one may have an empty batch
  const nonEmpty =
    (nd === 3 && x.shape.every((n) => n > 0)) || (nd === 4 && x.shape.slice(1).every((n) => n > 0));
  if (!nonEmpty)
    throw runtimeError(
      `Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:${formatDims(x.shape)}`,
    );
  if (oh < 1 || ow < 1) {
    const c = x.shape[nd - 3];
    throw runtimeError(
      `Given input size: (${c}x${h}x${w}). Calculated output size: (${c}x${oh}x${ow}). Output size is too small`,
    );
  }
  return [...x.shape.slice(0, nd - 2), oh, ow];
}

/** Visits every output pixel of every (N·C) plane with its window's top-left corner. */
function eachWindow(
  x: Tensor,
  outShape: number[],
  o: Pool2dOptions,
  visit: (plane: number, out: number, h0: number, w0: number) => void,
): void {
  const nd = x.shape.length;
  const planes = x.shape.slice(0, nd - 2).reduce((a, b) => a * b, 1);
  const [oh, ow] = outShape.slice(nd - 2);
  for (let p = 0; p < planes; p++) {
    for (let i = 0; i < oh; i++) {
      for (let j = 0; j < ow; j++)
        visit(
          p,
          (p * oh + i) * ow + j,
          i * o.stride[0] - o.padding[0],
          j * o.stride[1] - o.padding[1],
        );
    }
  }
}

/**
 * `F.max_pool2d`: the first maximum of each dilated window (a NaN wins), the
 * gradient routed to it (`MaxPool2DWithIndicesBackward0`).
 */
export function maxPool2d(rt: Runtime, x: Tensor, o: Pool2dOptions): Tensor {
  const outShape = poolShape(x, o, 'max');
  if (!isFloating(x.dtype))
    throw runtimeError(`"max_pool2d" not implemented for '${scalarTypeName(x.dtype)}'`);
  const [h, w] = x.shape.slice(-2);
  const v = x.values();
  const n = outShape.reduce((a, b) => a * b, 1);
  const out = new Float64Array(n);
  const argmax = new Int32Array(n);
  eachWindow(x, outShape, o, (plane, k, h0, w0) => {
    let hs = h0;
    let ws = w0;
    const he = Math.min(h0 + (o.kernel[0] - 1) * o.dilation[0] + 1, h);
    const we = Math.min(w0 + (o.kernel[1] - 1) * o.dilation[1] + 1, w);
    while (hs < 0) hs += o.dilation[0];
    while (ws < 0) ws += o.dilation[1];
    let best = -Infinity;
    let at = plane * h * w + hs * w + ws;
    for (let r = hs; r < he; r += o.dilation[0]) {
      for (let c = ws; c < we; c += o.dilation[1]) {
        const idx = plane * h * w + r * w + c;
        if (v[idx] > best || Number.isNaN(v[idx])) {
          best = v[idx];
          at = idx;
        }
      }
    }
    out[k] = best;
    argmax[k] = at;
  });
  const result = rt.fromValues(out, outShape, x.dtype);
  return record(rt, 'MaxPool2DWithIndicesBackward0', [x], result, pickedGrad(v.length, argmax), [
    x,
  ]);
}

/**
 * `F.avg_pool2d`: the window's sum over its divisor, which counts the padding
 * inside the window (count_include_pad) or only the input pixels, unless a
 * divisor_override is given (`AvgPool2DBackward0`).
 */
export function avgPool2d(rt: Runtime, x: Tensor, o: Pool2dOptions): Tensor {
  const outShape = poolShape(x, o, 'avg');
  const [h, w] = x.shape.slice(-2);
  const v = x.values();
  const windows: {
    plane: number;
    k: number;
    hs: number;
    he: number;
    ws: number;
    we: number;
    div: number;
  }[] = [];
  eachWindow(x, outShape, o, (plane, k, h0, w0) => {
    let he = Math.min(h0 + o.kernel[0], h + o.padding[0]);
    let we = Math.min(w0 + o.kernel[1], w + o.padding[1]);
    const poolSize = (he - h0) * (we - w0);
    const hs = Math.max(h0, 0);
    const ws = Math.max(w0, 0);
    he = Math.min(he, h);
    we = Math.min(we, w);
    const div = o.divisorOverride ?? (o.countIncludePad ? poolSize : (he - hs) * (we - ws));
    windows.push({ plane, k, hs, he, ws, we, div });
  });
  const out = new Float64Array(outShape.reduce((a, b) => a * b, 1));
  for (const win of windows) {
    if (win.hs >= win.he || win.ws >= win.we) continue;
    let s = 0;
    for (let r = win.hs; r < win.he; r++)
      for (let c = win.ws; c < win.we; c++) s += v[win.plane * h * w + r * w + c];
    out[win.k] = isFloating(x.dtype) ? s / win.div : Math.trunc(s / win.div);
  }
  const result = rt.fromValues(out, outShape, x.dtype);
  return record(
    rt,
    'AvgPool2DBackward0',
    [x],
    result,
    (g) => {
      const gx = new Float64Array(v.length);
      for (const win of windows) {
        for (let r = win.hs; r < win.he; r++)
          for (let c = win.ws; c < win.we; c++)
            gx[win.plane * h * w + r * w + c] += g[win.k] / win.div;
      }
      return [gx];
    },
    [x],
  );
}

import { stackSizes, type StackLayer } from './receptiveField';

/** A row-major `height × width` map of float64 values. */
export interface GradMap {
  height: number;
  width: number;
  values: Float64Array;
}

/**
 * Gradient of output pixel `pixel` (default the centre) with respect to the input of a
 * single-channel stack, by explicit backward propagation in float64: a conv layer sends
 * `g · w[ky][kx]` to input `(oy·s − p + ky·d, ox·s − p + kx·d)`, an AvgPool2d
 * (count_include_pad=True) sends `g / k²` to each window pixel; positions that fall in the
 * zero padding pass nothing on. The stack is linear, so the map does not depend on the input
 * (Luo et al. 2016, the effective receptive field). `weights[l]` is layer l's `k × k`
 * kernel (default all ones, no bias). Throws the PyError PyTorch raises for a bad stack.
 */
export function inputGradient(
  layers: readonly StackLayer[],
  inputHW: readonly [number, number],
  pixel?: readonly [number, number],
  weights?: readonly (readonly (readonly number[])[] | undefined)[],
): GradMap {
  const sizes = stackSizes(layers, inputHW);
  const [outH, outW] = sizes[sizes.length - 1];
  const [row, col] = pixel ?? [Math.floor(outH / 2), Math.floor(outW / 2)];
  let grad: GradMap = { height: outH, width: outW, values: new Float64Array(outH * outW) };
  grad.values[row * outW + col] = 1;
  for (let l = layers.length - 1; l >= 0; l--) {
    const { type, kernel: k, stride: s, padding: p } = layers[l];
    const d = type === 'pool' ? 1 : layers[l].dilation;
    const w = weights?.[l];
    const [h, wd] = sizes[l];
    const next = new Float64Array(h * wd);
    for (let oy = 0; oy < grad.height; oy++) {
      for (let ox = 0; ox < grad.width; ox++) {
        const g = grad.values[oy * grad.width + ox];
        if (g === 0) continue;
        for (let ky = 0; ky < k; ky++) {
          const iy = oy * s - p + ky * d;
          if (iy < 0 || iy >= h) continue;
          for (let kx = 0; kx < k; kx++) {
            const ix = ox * s - p + kx * d;
            if (ix < 0 || ix >= wd) continue;
            next[iy * wd + ix] += type === 'pool' ? g / (k * k) : g * (w ? w[ky][kx] : 1);
          }
        }
      }
    }
    grad = { height: h, width: wd, values: next };
  }
  return grad;
}

/** Where a gradient map is nonzero: the empirical receptive field. */
export interface GradRegion {
  /** Inclusive ranges, or null when nothing is nonzero (the pixel sees only padding). */
  rows: [number, number] | null;
  cols: [number, number] | null;
  extentHW: [number, number];
  /** Fewer than the extent's area when dilation or stride leave holes. */
  nonzeroCount: number;
  /** Values inside the bounding box, row-major (empty when there is none). */
  bbox: number[][];
}

/** Bounding box, extent and count of the nonzero entries of a gradient map. */
export function gradientRegion(map: GradMap): GradRegion {
  let top = Infinity,
    bottom = -Infinity,
    left = Infinity,
    right = -Infinity,
    count = 0;
  for (let y = 0; y < map.height; y++) {
    for (let x = 0; x < map.width; x++) {
      if (map.values[y * map.width + x] === 0) continue;
      count++;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  if (count === 0) return { rows: null, cols: null, extentHW: [0, 0], nonzeroCount: 0, bbox: [] };
  const bbox: number[][] = [];
  for (let y = top; y <= bottom; y++) {
    bbox.push(Array.from(map.values.subarray(y * map.width + left, y * map.width + right + 1)));
  }
  return {
    rows: [top, bottom],
    cols: [left, right],
    extentHW: [bottom - top + 1, right - left + 1],
    nonzeroCount: count,
    bbox,
  };
}

/** A gradient map as nested rows (`grad_map` in the oracle's layout). */
export function gradMapRows(map: GradMap): number[][] {
  return Array.from({ length: map.height }, (_, y) =>
    Array.from(map.values.subarray(y * map.width, (y + 1) * map.width)),
  );
}

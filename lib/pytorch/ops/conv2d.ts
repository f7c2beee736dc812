import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { recordOptional } from './recordOptional';

/**
 * Geometry of a 2-D convolution over (N, C, H, W) tensors. `padding` is the
 * top/left padding; the bottom/right padding only shows in the output size
 * (for 'same' with an even kernel it is one more than top/left).
 */
export interface Conv2dGeometry {
  stride: readonly [number, number];
  padding: [number, number];
  dilation: readonly [number, number];
  groups: number;
}

/**
 * The one index relation behind Conv2d and ConvTranspose2d: a pixel (h, w) of
 * the "small" side meets pixel `(h·s − p + kh·d, w·s − p + kw·d)` of the "big"
 * side through tap (kh, kw). A direct convolution reads the input (big) into
 * the output (small); a transposed one scatters its input (small) into the
 * output (big), which is why it is the direct one's adjoint. The weight is
 * always `[C_small, C_big / groups, kH, kW]`.
 */
interface Sides {
  n: number;
  big: readonly number[];
  small: readonly number[];
  kernel: readonly [number, number];
}

type TapMode = 'gather' | 'scatter' | 'weight';

/**
 * One pass over every tap: `gather` adds big · w into small, `scatter` adds
 * small · w into big, `weight` adds small · big into w. The three passes of
 * a convolution and its backward (and of the transposed one, with the roles
 * swapped) are these, so the index arithmetic lives in one place.
 */
function taps(
  s: Sides,
  g: Conv2dGeometry,
  mode: TapMode,
  big: Float64Array,
  small: Float64Array,
  w: Float64Array,
): void {
  const [, cb, hb, wb] = s.big;
  const [, cs, hs, ws] = s.small;
  const [kh, kw] = s.kernel;
  const [sy, sx] = g.stride;
  const [dy, dx] = g.dilation;
  const cbg = cb / g.groups;
  const csg = cs / g.groups;
  for (let n = 0; n < s.n; n++) {
    for (let o = 0; o < cs; o++) {
      const group = Math.floor(o / csg);
      for (let c = 0; c < cbg; c++) {
        const bigPlane = (n * cb + group * cbg + c) * hb * wb;
        const smallPlane = (n * cs + o) * hs * ws;
        for (let i = 0; i < kh; i++) {
          for (let j = 0; j < kw; j++) {
            const k = ((o * cbg + c) * kh + i) * kw + j;
            const wk = w[k];
            // output columns whose tap lands inside the big side: 0 <= x·sx − p + j·dx < wb
            const off = j * dx - g.padding[1];
            const x0 = Math.max(0, Math.ceil(-off / sx));
            const x1 = Math.min(ws, Math.floor((wb - 1 - off) / sx) + 1);
            let acc = 0;
            for (let y = 0; y < hs; y++) {
              const by = y * sy - g.padding[0] + i * dy;
              if (by < 0 || by >= hb) continue;
              const b0 = bigPlane + by * wb + off;
              const s0 = smallPlane + y * ws;
              if (mode === 'gather')
                for (let x = x0; x < x1; x++) small[s0 + x] += big[b0 + x * sx] * wk;
              else if (mode === 'scatter')
                for (let x = x0; x < x1; x++) big[b0 + x * sx] += small[s0 + x] * wk;
              else for (let x = x0; x < x1; x++) acc += small[s0 + x] * big[b0 + x * sx];
            }
            if (mode === 'weight') w[k] += acc;
          }
        }
      }
    }
  }
}

/** The (N, C, 1, L) input and (N, C_out, 1, L_out) output a 1-D convolution is run as. */
export interface Conv1dPlanes {
  input: number[];
  output: number[];
}

/**
 * `F.conv2d` (transposed = false) or `F.conv_transpose2d` (transposed = true)
 * on a batched (N, C, H, W) input whose output shape the caller has checked,
 * with `grad_fn=<ConvolutionBackward0>` giving gradients to input, weight and
 * bias. Sums run in double and round once to the input's dtype.
 */
export function convolution(
  rt: Runtime,
  input: Tensor,
  weight: Tensor,
  bias: Tensor | null,
  geometry: Conv2dGeometry,
  outShape: number[],
  transposed: boolean,
  planes?: Conv1dPlanes,
): Tensor {
  // A 1-D convolution runs as a 2-D one of height 1 over the same memory.
  const inShape = planes ? planes.input : input.shape;
  const outPlane = planes ? planes.output : outShape;
  const sides: Sides = {
    n: inShape[0],
    big: transposed ? outPlane : inShape,
    small: transposed ? inShape : outPlane,
    kernel: planes ? [1, weight.shape[2]] : [weight.shape[2], weight.shape[3]],
  };
  const xv = input.values();
  const wv = weight.values();
  const bv = bias ? bias.values() : null;
  const out = new Float64Array(outShape.reduce((a, b) => a * b, 1));
  if (transposed) taps(sides, geometry, 'scatter', out, xv, wv);
  else taps(sides, geometry, 'gather', xv, out, wv);
  if (bv) {
    const plane = outPlane[2] * outPlane[3];
    for (let i = 0; i < out.length; i++) out[i] += bv[Math.floor(i / plane) % outShape[1]];
  }
  const result = rt.fromValues(out, outShape, input.dtype);
  const saved = bias ? [input, weight, bias] : [input, weight];
  return recordOptional(
    rt,
    'ConvolutionBackward0',
    [input, weight, bias],
    result,
    (g) => {
      const x = input.values();
      const w = weight.values();
      const gx = input.needsGrad ? new Float64Array(x.length) : null;
      const gw = weight.needsGrad ? new Float64Array(w.length) : null;
      const grad = Float64Array.from(g);
      if (gx) {
        if (transposed) taps(sides, geometry, 'gather', grad, gx, w);
        else taps(sides, geometry, 'scatter', gx, grad, w);
      }
      if (gw) {
        if (transposed) taps(sides, geometry, 'weight', grad, x, gw);
        else taps(sides, geometry, 'weight', x, grad, gw);
      }
      if (!bias || !bias.needsGrad) return [gx, gw, null];
      const gb = new Float64Array(outShape[1]);
      const plane = outPlane[2] * outPlane[3];
      g.forEach((v, i) => (gb[Math.floor(i / plane) % outShape[1]] += v));
      return [gx, gw, gb];
    },
    saved,
  );
}

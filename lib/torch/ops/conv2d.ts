import { record } from '../autograd';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';

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

function visitTaps(s: Sides, g: Conv2dGeometry, visit: (bigIdx: number, smallIdx: number, wIdx: number) => void): void {
  const [, cb, hb, wb] = s.big;
  const [, cs, hs, ws] = s.small;
  const [kh, kw] = s.kernel;
  const cbg = cb / g.groups;
  const csg = cs / g.groups;
  for (let n = 0; n < s.n; n++) {
    for (let o = 0; o < cs; o++) {
      const group = Math.floor(o / csg);
      for (let c = 0; c < cbg; c++) {
        const bigC = group * cbg + c;
        for (let i = 0; i < kh; i++) {
          for (let j = 0; j < kw; j++) {
            const wIdx = ((o * cbg + c) * kh + i) * kw + j;
            for (let y = 0; y < hs; y++) {
              const by = y * g.stride[0] - g.padding[0] + i * g.dilation[0];
              if (by < 0 || by >= hb) continue;
              for (let x = 0; x < ws; x++) {
                const bx = x * g.stride[1] - g.padding[1] + j * g.dilation[1];
                if (bx < 0 || bx >= wb) continue;
                visit(((n * cb + bigC) * hb + by) * wb + bx, ((n * cs + o) * hs + y) * ws + x, wIdx);
              }
            }
          }
        }
      }
    }
  }
}

/**
 * `F.conv2d` (transposed = false) or `F.conv_transpose2d` (transposed = true)
 * on a batched (N, C, H, W) input whose output shape the caller has checked,
 * with `grad_fn=<ConvolutionBackward0>` giving gradients to input, weight and
 * bias. Sums run in double and round once to the input's dtype.
 */
export function convolution(
  rt: Runtime, input: Tensor, weight: Tensor, bias: Tensor | null, geometry: Conv2dGeometry, outShape: number[], transposed: boolean,
): Tensor {
  const sides: Sides = {
    n: input.shape[0],
    big: transposed ? outShape : input.shape,
    small: transposed ? input.shape : outShape,
    kernel: [weight.shape[2], weight.shape[3]],
  };
  const xv = input.values();
  const wv = weight.values();
  const bv = bias ? bias.values() : null;
  const out = new Float64Array(outShape.reduce((a, b) => a * b, 1));
  if (transposed) visitTaps(sides, geometry, (b, s, w) => (out[b] += xv[s] * wv[w]));
  else visitTaps(sides, geometry, (b, s, w) => (out[s] += xv[b] * wv[w]));
  if (bv) {
    const plane = outShape[2] * outShape[3];
    for (let i = 0; i < out.length; i++) out[i] += bv[Math.floor(i / plane) % outShape[1]];
  }
  const result = rt.fromValues(out, outShape, input.dtype);
  const inputs = bias ? [input, weight, bias] : [input, weight];
  return record(rt, 'ConvolutionBackward0', inputs, result, (g) => {
    const x = input.values();
    const w = weight.values();
    const gx = input.needsGrad ? new Float64Array(x.length) : null;
    const gw = weight.needsGrad ? new Float64Array(w.length) : null;
    visitTaps(sides, geometry, (b, s, k) => {
      const [gOut, xIn] = transposed ? [g[b], x[s]] : [g[s], x[b]];
      if (gx) gx[transposed ? s : b] += gOut * w[k];
      if (gw) gw[k] += gOut * xIn;
    });
    const grads = [gx, gw];
    if (bias) {
      const gb = new Float64Array(outShape[1]);
      const plane = outShape[2] * outShape[3];
      g.forEach((v, i) => (gb[Math.floor(i / plane) % outShape[1]] += v));
      grads.push(bias.needsGrad ? gb : null);
    }
    return grads;
  }, inputs);
}

import { describe, expect, it } from 'vitest';
import { conv2dShape, constructConv2d } from './conv2dShape';
import { convTranspose2dShape } from './convTranspose2dShape';
import { directLayout, gridValues, transposedLayout, windowSum } from './slidingWindow';

/** ConvTranspose2d by its definition: every input pixel scatters a copy of the kernel, scaled. */
function scatterTransposed(
  x: number[],
  h: number,
  w: number,
  kernel: number[],
  k: number,
  s: number,
  p: number,
  op: number,
  d: number,
) {
  const oh = (h - 1) * s - 2 * p + d * (k - 1) + op + 1;
  const ow = (w - 1) * s - 2 * p + d * (k - 1) + op + 1;
  const out = new Array<number>(oh * ow).fill(0);
  for (let r = 0; r < h; r++)
    for (let c = 0; c < w; c++)
      for (let ky = 0; ky < k; ky++)
        for (let kx = 0; kx < k; kx++) {
          const orow = r * s - p + ky * d;
          const ocol = c * s - p + kx * d;
          if (orow >= 0 && orow < oh && ocol >= 0 && ocol < ow)
            out[orow * ow + ocol] += x[r * w + c] * kernel[ky * k + kx];
        }
  return { oh, ow, out };
}

describe('the sliding window picture', () => {
  it("direct: the output size is PyTorch's for int, 'same' and 'valid' padding, strides and dilations", () => {
    for (const k of [1, 2, 3, 4, 5])
      for (const s of [1, 2, 3])
        for (const d of [1, 2])
          for (const padding of [0, 1, 2, 'same', 'valid'] as const) {
            const result = conv2dShape(
              { inChannels: 1, outChannels: 1, kernelSize: k, stride: s, padding, dilation: d },
              [1, 1, 8, 7],
            );
            if (!result.ok) continue;
            const lrtb = constructConv2d({
              inChannels: 1,
              outChannels: 1,
              kernelSize: k,
              stride: s,
              padding,
              dilation: d,
            }).paddingLRTB;
            const layout = directLayout(8, 7, k, s, lrtb, d);
            expect([layout.outputH, layout.outputW], `k=${k} s=${s} d=${d} p=${padding}`).toEqual(
              result.outputShape!.slice(2),
            );
          }
  });

  it('transposed: the zero-inserted grid gives the size of ConvTranspose2d and the values of its scatter definition', () => {
    const x = Array.from({ length: 20 }, (_, i) => ((i * 7) % 5) - 2);
    for (const k of [1, 2, 3, 4])
      for (const s of [1, 2, 3])
        for (const p of [0, 1, 2, 4])
          for (const op of [0, 1, 2])
            for (const d of [1, 2]) {
              const result = convTranspose2dShape(
                {
                  inChannels: 1,
                  outChannels: 1,
                  kernelSize: k,
                  stride: s,
                  padding: p,
                  outputPadding: op,
                  dilation: d,
                },
                [1, 1, 4, 5],
              );
              if (!result.ok) continue;
              const kernel = Array.from({ length: k * k }, (_, i) => i + 1);
              const layout = transposedLayout(4, 5, k, s, p, op, d);
              const name = `k=${k} s=${s} p=${p} op=${op} d=${d}`;
              expect([layout.outputH, layout.outputW], name).toEqual(result.outputShape!.slice(2));
              const reference = scatterTransposed(x, 4, 5, kernel, k, s, p, op, d);
              const grid = gridValues(layout, x);
              const ours = Array.from({ length: layout.outputH * layout.outputW }, (_, t) =>
                windowSum(layout, grid, kernel, Math.floor(t / layout.outputW), t % layout.outputW),
              );
              expect(ours, name).toEqual(reference.out);
            }
  });

  it('direct: a window sum is the cross-correlation of the padded input', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const layout = directLayout(3, 3, 3, 1, [1, 1, 1, 1]);
    const grid = gridValues(layout, x);
    // centre pixel with a kernel that picks the pixel to the right: x[1][2] = 6
    expect(windowSum(layout, grid, [0, 0, 0, 0, 0, 1, 0, 0, 0], 1, 1)).toBe(6);
    // corner (0, 0) with all ones sums the 2×2 block 1 + 2 + 4 + 5, the rest is padding
    expect(windowSum(layout, grid, new Array(9).fill(1), 0, 0)).toBe(12);
  });
});

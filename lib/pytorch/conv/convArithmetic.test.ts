import { describe, expect, it } from 'vitest';
import { conv2dShape, SAME_EVEN_KERNEL_WARNING } from './conv2dShape';
import { convTranspose2dShape } from './convTranspose2dShape';
import { gradientRegion, inputGradient } from './effectiveReceptiveField';
import { receptiveField, type StackLayer } from './receptiveField';

// Dumoulin & Visin, "A guide to convolution arithmetic for deep learning" (2016).
describe('convolution arithmetic relationships (Dumoulin & Visin 2016)', () => {
  it('o = floor((i + 2p − k) / s) + 1 for every small i, k, s, p (relationship 6)', () => {
    for (let k = 1; k <= 5; k++)
      for (let s = 1; s <= 3; s++)
        for (let p = 0; p <= 2; p++)
          for (let i = Math.max(1, k - 2 * p); i <= 12; i++) {
            const r = conv2dShape(
              { inChannels: 1, outChannels: 1, kernelSize: k, stride: s, padding: p },
              [1, 1, i, i],
            );
            const o = Math.floor((i + 2 * p - k) / s) + 1;
            expect(r.outputShape, `i=${i} k=${k} s=${s} p=${p}`).toEqual([1, 1, o, o]);
          }
  });

  it('dilation enlarges the kernel to k + (k − 1)(d − 1) (relationship 15)', () => {
    for (const [i, k, d, s, p] of [
      [7, 3, 2, 1, 0],
      [12, 3, 3, 2, 1],
      [9, 2, 4, 1, 2],
    ]) {
      const kd = k + (k - 1) * (d - 1);
      const r = conv2dShape(
        { inChannels: 2, outChannels: 3, kernelSize: k, dilation: d, stride: s, padding: p },
        [1, 2, i, i],
      );
      const o = Math.floor((i + 2 * p - kd) / s) + 1;
      expect(r.outputShape).toEqual([1, 3, o, o]);
    }
  });

  it("half ('same') padding keeps the size, full padding p = k − 1 gives o = i + k − 1", () => {
    for (const k of [1, 3, 5, 7]) {
      expect(
        conv2dShape({ inChannels: 1, outChannels: 1, kernelSize: k, padding: 'same' }, [1, 1, 9, 9])
          .outputShape,
      ).toEqual([1, 1, 9, 9]);
      expect(
        conv2dShape({ inChannels: 1, outChannels: 1, kernelSize: k, padding: k - 1 }, [1, 1, 9, 9])
          .outputShape,
      ).toEqual([1, 1, 9 + k - 1, 9 + k - 1]);
    }
  });

  it("o' = s(i' − 1) + a + k − 2p for transposed convolution (relationship 14)", () => {
    for (let k = 1; k <= 4; k++)
      for (let s = 1; s <= 3; s++)
        for (let p = 0; p < k; p++)
          for (let a = 0; a < s; a++) {
            const i = 4;
            const r = convTranspose2dShape(
              {
                inChannels: 1,
                outChannels: 1,
                kernelSize: k,
                stride: s,
                padding: p,
                outputPadding: a,
              },
              [1, 1, i, i],
            );
            const o = s * (i - 1) + a + k - 2 * p;
            if (o >= 1) expect(r.outputShape, `k=${k} s=${s} p=${p} a=${a}`).toEqual([1, 1, o, o]);
            else expect(r.error).toContain('Output size is too small');
          }
  });

  it('a transposed convolution with a = (i + 2p − k) mod s restores the size a convolution reduced', () => {
    for (const [i, k, s, p] of [
      [28, 3, 2, 1],
      [7, 4, 3, 1],
      [32, 5, 2, 2],
    ]) {
      const down = conv2dShape(
        { inChannels: 1, outChannels: 1, kernelSize: k, stride: s, padding: p },
        [1, 1, i, i],
      );
      const a = (i + 2 * p - k) % s;
      const up = convTranspose2dShape(
        { inChannels: 1, outChannels: 1, kernelSize: k, stride: s, padding: p, outputPadding: a },
        down.outputShape!,
      );
      expect(up.outputShape).toEqual([1, 1, i, i]);
      // The same size through forward(x, output_size=...).
      const viaSize = convTranspose2dShape(
        { inChannels: 1, outChannels: 1, kernelSize: k, stride: s, padding: p },
        down.outputShape!,
        [i, i],
      );
      expect(viaSize.outputShape).toEqual([1, 1, i, i]);
    }
  });
});

describe("PyTorch 1.13's documented conv behaviour", () => {
  it("'same' with an even kernel pads 1 left / 2 right for k = 4 and warns once per process", () => {
    const r = conv2dShape(
      { inChannels: 1, outChannels: 1, kernelSize: 4, padding: 'same' },
      [1, 1, 6, 6],
    );
    expect(r.resolvedPaddingLRTB).toEqual([1, 2, 1, 2]);
    expect(r.outputShape).toEqual([1, 1, 6, 6]);
    expect(r.warnings).toEqual([{ message: SAME_EVEN_KERNEL_WARNING, oncePerProcess: true }]);
  });

  it("ConvTranspose2d accepts padding='same' at construction and fails at forward with a TypeError", () => {
    const r = convTranspose2dShape(
      { inChannels: 2, outChannels: 2, kernelSize: 3, padding: 'same' },
      [1, 2, 5, 5],
    );
    expect(r.params).toBe(2 * 2 * 9 + 2);
    expect(r.stage).toBe('forward');
    expect(r.errorType).toBe('TypeError');
    expect(r.error).toBe(
      "conv_transpose2d(): argument 'padding' (position 5) must be tuple of ints, but found element of type str at pos 0",
    );
  });

  it('unbatched input with circular padding fails in 1.13', () => {
    const r = conv2dShape(
      { inChannels: 1, outChannels: 1, kernelSize: 3, padding: 1, paddingMode: 'circular' },
      [1, 5, 5],
    );
    expect(r.error).toBe('Invalid padding size, expected 2 but got 4');
    const batched = conv2dShape(
      { inChannels: 1, outChannels: 1, kernelSize: 3, padding: 1, paddingMode: 'circular' },
      [1, 1, 5, 5],
    );
    expect(batched.outputShape).toEqual([1, 1, 5, 5]);
  });

  it('an unknown padding string is refused at construction, printing the set of valid ones', () => {
    const r = conv2dShape(
      { inChannels: 1, outChannels: 1, kernelSize: 3, padding: 'full' },
      [1, 1, 5, 5],
    );
    expect(r.stage).toBe('construct');
    expect(r.errorType).toBe('ValueError');
    expect(r.errorPrintsPythonSet).toBe(true);
    expect(r.error).toMatch(
      /^Invalid padding string 'full', should be one of \{'(same|valid)', '(same|valid)'\}$/,
    );
  });

  it('ConvTranspose2d output_size outside [min, min + s − 1] is refused at forward', () => {
    const r = convTranspose2dShape(
      { inChannels: 1, outChannels: 1, kernelSize: 3, stride: 2, padding: 1 },
      [1, 1, 5, 5],
      [12, 12],
    );
    expect(r.stage).toBe('forward');
    expect(r.errorType).toBe('ValueError');
    expect(r.error).toBe(
      'requested an output size of [12, 12], but valid sizes range from [9, 9] to [10, 10] (for an input of torch.Size([5, 5]))',
    );
  });
});

describe('receptive fields in closed form', () => {
  const conv = (kernel: number, stride = 1, padding = 0, dilation = 1): StackLayer => ({
    type: 'conv',
    kernel,
    stride,
    padding,
    dilation,
  });

  it('n stacked 3×3 convolutions see 2n + 1 pixels; all-ones weights give 9ⁿ paths in total', () => {
    for (let n = 1; n <= 5; n++) {
      const layers = Array.from({ length: n }, () => conv(3));
      const input: [number, number] = [2 * n + 5, 2 * n + 5];
      expect(receptiveField(layers, input).rfSize).toBe(2 * n + 1);
      const g = inputGradient(layers, input);
      expect(g.values.reduce((a, b) => a + b, 0)).toBe(9 ** n);
      expect(gradientRegion(g).extentHW).toEqual([2 * n + 1, 2 * n + 1]);
    }
  });

  it('a dilated kernel spans d(k − 1) + 1 pixels but touches only k² of them', () => {
    const region = gradientRegion(inputGradient([conv(3, 1, 0, 4)], [15, 15]));
    expect(region.extentHW).toEqual([9, 9]);
    expect(region.nonzeroCount).toBe(9);
  });

  it('stride multiplies the jump: a stride-2 layer doubles the growth of every later layer', () => {
    const rf = receptiveField([conv(3, 2), conv(3, 2), conv(3)], [33, 33]);
    expect(rf.jump).toBe(4);
    expect(rf.rfSize).toBe(1 + 2 + 2 * 2 + 2 * 4);
    expect(rf.table.map((r) => r.rfSize)).toEqual([3, 7, 15]);
  });
});

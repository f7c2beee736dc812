import { describe, expect, it } from 'vitest';
import { conv2dShape } from './conv2dShape';
import { convTranspose2dShape } from './convTranspose2dShape';
import { allConvCosts, convCost } from './costs';

const sizes = { C: 32, M: 64, K: 3, H: 28, W: 28 };

describe('convolution costs', () => {
  it('standard convolution has C·K²·M weights and C·K²·M·H·W MACs (lecture formula)', () => {
    const c = convCost('standard', sizes);
    expect(c.params).toBe(32 * 9 * 64);
    expect(c.macs).toBe(32 * 9 * 64 * 28 * 28);
    expect(c.ratioToStandard).toBe(1);
  });

  it('parameters and MACs agree with nn.Conv2d for standard, dilated, grouped, pointwise and depthwise', () => {
    const input = [1, 32, 30, 30];
    const cases = [
      ['standard', { inChannels: 32, outChannels: 64, kernelSize: 3 }],
      ['dilated', { inChannels: 32, outChannels: 64, kernelSize: 3, dilation: 2, padding: 1 }],
      ['grouped', { inChannels: 32, outChannels: 64, kernelSize: 3, groups: 4 }],
      [
        'pointwise',
        { inChannels: 32, outChannels: 64, kernelSize: 1, padding: 0, stride: 1, dilation: 1 },
      ],
      ['depthwise', { inChannels: 32, outChannels: 32, kernelSize: 3, groups: 32 }],
    ] as const;
    for (const [type, config] of cases) {
      const torch = conv2dShape(config, input);
      const [H, W] = torch.outputShape!.slice(-2);
      const M = config.outChannels;
      const cost = convCost(type, { C: 32, M, K: config.kernelSize, H, W, g: 4, bias: true });
      expect(cost.params, type).toBe(torch.params);
      expect(cost.macs, type).toBe(torch.macsPerSample);
    }
  });

  it('depthwise-separable = depthwise then pointwise, and costs 1/M + 1/K² of standard (Howard et al. 2017)', () => {
    const dws = convCost('depthwiseSeparable', { ...sizes, bias: true });
    const dw = conv2dShape(
      { inChannels: 32, outChannels: 32, kernelSize: 3, padding: 1, groups: 32 },
      [1, 32, 28, 28],
    );
    const pw = conv2dShape({ inChannels: 32, outChannels: 64, kernelSize: 1 }, [1, 32, 28, 28]);
    expect(dws.params).toBe(dw.params! + pw.params!);
    expect(dws.macs).toBe(dw.macsPerSample! + pw.macsPerSample!);
    expect(dws.ratioToStandard).toBeCloseTo(1 / 64 + 1 / 9, 15);
    // MobileNet: 3×3 depthwise separable uses 8 to 9 times less computation than standard.
    const ratio = convCost('depthwiseSeparable', {
      C: 512,
      M: 512,
      K: 3,
      H: 14,
      W: 14,
    }).ratioToStandard;
    expect(1 / ratio).toBeGreaterThan(8);
    expect(1 / ratio).toBeLessThan(9);
  });

  it('grouped convolution divides weights and MACs by g', () => {
    const g = convCost('grouped', { ...sizes, g: 8 });
    expect(g.params).toBe((32 * 9 * 64) / 8);
    expect(g.ratioToStandard).toBe(1 / 8);
  });

  it('spatially separable replaces K² multiplications by 2K for one channel (9 → 6 for 3×3)', () => {
    const s = convCost('spatiallySeparable', { C: 1, M: 1, K: 3, H: 1, W: 1 });
    expect(s.params).toBe(6);
    expect(s.ratioToStandard).toBeCloseTo(6 / 9, 15);
  });

  it('transposed convolution costs C·M·K²·H_in·W_in as nn.ConvTranspose2d does', () => {
    const torch = convTranspose2dShape(
      { inChannels: 16, outChannels: 8, kernelSize: 3, stride: 2 },
      [1, 16, 7, 7],
    );
    const t = convCost('transposed', { C: 16, M: 8, K: 3, H: 7, W: 7, bias: true });
    expect(t.params).toBe(torch.params);
    expect(t.macs).toBe(torch.macsPerSample);
  });

  it('lists every type once, in the lecture order, with TeX formulas', () => {
    const all = allConvCosts({ ...sizes, g: 2 });
    expect(all.map((c) => c.type)).toEqual([
      'standard',
      'dilated',
      'grouped',
      'pointwise',
      'depthwise',
      'depthwiseSeparable',
      'spatiallySeparable',
      'transposed',
    ]);
    expect(all.find((c) => c.type === 'depthwiseSeparable')!.paramsTex).toBe(
      'C \\cdot K^2 + C \\cdot M',
    );
  });
});

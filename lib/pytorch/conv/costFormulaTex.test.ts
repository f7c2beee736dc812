import { describe, expect, it } from 'vitest';
import { CONV_TYPES, convCost } from './costs';
import {
  groupsError,
  ratioValue,
  substituteCostTex,
  texNumber,
  validGroupCounts,
} from './costFormulaTex';

const sizes = { C: 32, M: 64, K: 3, H: 56, W: 56, g: 4 };

describe('cost formulas with the numbers put in', () => {
  it('fills C, K, M and leaves \\cdot alone: standard 32·3²·64 = 18,432', () => {
    const c = convCost('standard', sizes);
    expect(substituteCostTex(c.paramsTex, sizes, c.params)).toBe(
      '32 \\cdot 3^2 \\cdot 64 = 18{,}432',
    );
  });

  it('fills g inside \\frac and H, W in the MAC formula', () => {
    const c = convCost('grouped', sizes);
    expect(substituteCostTex(c.paramsTex, sizes, c.params)).toBe(
      '\\frac{32 \\cdot 3^2 \\cdot 64}{4} = 4{,}608',
    );
    expect(substituteCostTex(c.macsTex, sizes, c.macs)).toBe(
      '(\\frac{32 \\cdot 3^2 \\cdot 64}{4}) \\cdot 56 \\cdot 56 = 14{,}450{,}688',
    );
  });

  it('texNumber groups thousands and keeps small decimals readable', () => {
    expect(texNumber(1234567)).toBe('1{,}234{,}567');
    expect(texNumber(7)).toBe('7');
    expect(texNumber(1 / 3)).toBe('0.333333');
  });
});

describe('closed-form ratios to standard', () => {
  it('depthwise separable costs 1/M + 1/K² of standard (Howard et al. 2017, eq. 5)', () => {
    expect(ratioValue('depthwiseSeparable', sizes)).toBeCloseTo(1 / 64 + 1 / 9, 15);
  });

  it('agree with the counted weights of every type for several sizes', () => {
    for (const s of [
      sizes,
      { C: 3, M: 96, K: 11, H: 55, W: 55, g: 3 },
      { C: 256, M: 256, K: 5, H: 7, W: 7, g: 256 },
    ]) {
      for (const type of CONV_TYPES) {
        const c = convCost(type, s);
        expect(ratioValue(type, s), type).toBeCloseTo(c.ratioToStandard, 12);
        expect(c.macs / convCost('standard', s).macs, type).toBeCloseTo(c.ratioToStandard, 12);
      }
    }
  });
});

describe('group counts', () => {
  it('valid counts are the common divisors of C and M', () => {
    expect(validGroupCounts(12, 18)).toEqual([1, 2, 3, 6]);
  });

  it("reports PyTorch's messages for groups that do not divide the channels", () => {
    expect(groupsError(32, 64, 4)).toBeNull();
    expect(groupsError(30, 64, 4)).toBe('in_channels must be divisible by groups');
    expect(groupsError(32, 66, 4)).toBe('out_channels must be divisible by groups');
    expect(groupsError(32, 64, 0)).toBe('groups must be a positive integer');
  });
});

import { describe, expect, it } from 'vitest';
import { contrastRatio, readableTextColor, relativeLuminance } from './readableTextColor';

describe('relativeLuminance (WCAG 2)', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 12);
  });
  it('reads rgb() strings as d3 writes them', () => {
    expect(relativeLuminance('rgb(255, 0, 0)')).toBeCloseTo(0.2126, 12);
  });
});

describe('contrastRatio', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
  it('gives #767676 on white about 4.54:1, the AA threshold colour', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('readableTextColor', () => {
  it('puts white text on dark cells and black text on light cells', () => {
    expect(readableTextColor('#440154')).toBe('#ffffff');
    expect(readableTextColor('#fde725')).toBe('#000000');
    expect(readableTextColor('rgb(247, 247, 247)')).toBe('#000000');
  });
  it('rejects a colour it cannot read', () => {
    expect(() => readableTextColor('var(--x)')).toThrow(/Cannot read colour/);
  });
});

import { describe, expect, it } from 'vitest';
import { formatCompact } from './formatCompact';

describe('formatCompact', () => {
  it('writes thousands and millions with SI-style suffixes', () => {
    expect(formatCompact(12000)).toBe('12k');
    expect(formatCompact(1000)).toBe('1k');
    expect(formatCompact(1_500_000)).toBe('1.5M');
    expect(formatCompact(2.5e9)).toBe('2.5B');
    expect(formatCompact(7e12)).toBe('7T');
  });
  it('rounds before choosing the suffix so 999 999 reads 1M', () => {
    expect(formatCompact(999_999)).toBe('1M');
  });
  it('writes small numbers plainly down to 0.001, then in exponent form', () => {
    expect(formatCompact(0.001)).toBe('0.001');
    expect(formatCompact(0.25)).toBe('0.25');
    expect(formatCompact(1e-5)).toBe('1e-5');
    expect(formatCompact(2.5e-7)).toBe('2.5e-7');
  });
  it('drops floating-point noise and trailing zeros', () => {
    expect(formatCompact(0.1 + 0.2)).toBe('0.3');
    expect(formatCompact(2.0)).toBe('2');
    expect(formatCompact(123.456)).toBe('123');
  });
  it('honours the requested significant digits', () => {
    expect(formatCompact(Math.PI, 5)).toBe('3.1416');
    expect(formatCompact(12345, 4)).toBe('12.35k');
  });
  it('uses the typographic minus and names the non-finite values', () => {
    expect(formatCompact(-2)).toBe('\u22122');
    expect(formatCompact(-12000)).toBe('\u221212k');
    expect(formatCompact(0)).toBe('0');
    expect(formatCompact(-0)).toBe('0');
    expect(formatCompact(NaN)).toBe('NaN');
    expect(formatCompact(Infinity)).toBe('∞');
    expect(formatCompact(-Infinity)).toBe('\u2212∞');
  });
  it('returns to exponent form for huge numbers', () => {
    expect(formatCompact(3e16)).toBe('3e16');
  });
});

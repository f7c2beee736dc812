import { describe, expect, it } from 'vitest';
import { fmaFloat32, fmaFloat64 } from './fusedMultiplyAdd';

describe('fused multiply-add', () => {
  it('float32: rounds once where the double sum lands on a float32 midpoint', () => {
    const a = 2 ** -24 * (1 + 2 ** -18),
      b = 1 - 2 ** -18,
      c = 1 + 2 ** -23;
    // exact a*b + c = 1 + 3 * 2^-24 - 2^-60, just below the midpoint of 1 + 2^-23 and 1 + 2^-22
    expect(Math.fround(a * b + c)).toBe(1 + 2 ** -22);
    expect(fmaFloat32(a, b, c)).toBe(1 + 2 ** -23);
  });

  it('float64: keeps the product bits a plain multiply loses', () => {
    expect((1 + 2 ** -30) * (1 - 2 ** -30) - 1).toBe(0);
    expect(fmaFloat64(1 + 2 ** -30, 1 - 2 ** -30, -1)).toBe(-(2 ** -60));
  });
});

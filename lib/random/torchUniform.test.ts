import { describe, expect, it } from 'vitest';
import { torchManualSeed, torchUniform, uniformFloat64Draw } from './torchUniform';

describe('torchUniform', () => {
  it('torch.manual_seed(0); torch.rand(2, 2) prints [[0.4963, 0.7682], [0.0885, 0.1320]] (tensor_repl oracle)', () => {
    const values = torchUniform(torchManualSeed(0), 4, 0, 1);
    expect(values.map((v) => v.toFixed(4))).toEqual(['0.4963', '0.7682', '0.0885', '0.1320']);
  });

  it('a float32 draw is a multiple of 2^-24 taken from the low 24 bits of one MT19937 output', () => {
    // MT19937(0) first output 2357136044; its low 24 bits are 8325804.
    expect(torchUniform(torchManualSeed(0), 1, 0, 1)[0]).toBe(8325804 / 2 ** 24);
  });

  it('a float64 draw joins two outputs (first high) and keeps the low 53 bits', () => {
    const rng = torchManualSeed(0);
    const hi = 2357136044,
      lo = 2546248239; // MT19937(0) outputs 1 and 2
    expect(uniformFloat64Draw(rng, 0, 1)).toBe(((hi % 2 ** 21) * 2 ** 32 + lo) / 2 ** 53);
  });

  it("stays inside [from, to) and refuses from > to with PyTorch's words", () => {
    const xs = torchUniform(torchManualSeed(3), 5000, -0.25, 0.25);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-0.25);
    expect(Math.max(...xs)).toBeLessThan(0.25);
    expect(() => torchUniform(torchManualSeed(3), 1, 1, 0)).toThrow(
      'uniform_ expects to return a [from, to) range, but found from=1 > to=0',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { axisTicks, tickCountFor } from './axisTicks';
import { linearScale, logScale } from './chartScale';

describe('tickCountFor', () => {
  it('asks for one tick per 60 px and never fewer than 2', () => {
    expect(tickCountFor(600)).toBe(10);
    expect(tickCountFor(50)).toBe(2);
    expect(tickCountFor(-300)).toBe(5);
  });
});

describe('axisTicks', () => {
  it('gives d3 nice linear ticks: multiples of 1, 2 or 5 times a power of ten', () => {
    expect(axisTicks(linearScale([0, 1], [0, 100]), 'linear', 5)).toEqual([
      0, 0.2, 0.4, 0.6, 0.8, 1,
    ]);
    expect(axisTicks(linearScale([0, 100], [0, 100]), 'linear', 3)).toEqual([0, 50, 100]);
  });
  it('puts log ticks at whole powers of ten', () => {
    expect(axisTicks(logScale([1e-3, 10], [0, 100]), 'log', 10)).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });
  it('thins the decades when there are more than the count', () => {
    const ticks = axisTicks(logScale([1e-6, 1e6], [0, 100]), 'log', 4);
    // 13 decades, at most 4 ticks: every 4th power of ten.
    expect(ticks).toEqual([1e-6, 1e-2, 1e2, 1e6]);
  });
  it('uses intermediate log ticks when the domain holds under two powers of ten', () => {
    const ticks = axisTicks(logScale([2, 8], [0, 100], { nice: false }), 'log', 10);
    expect(ticks).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});

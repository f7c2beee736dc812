import { describe, expect, it } from 'vitest';
import { chartScale, linearScale, logScale } from './chartScale';
import { isPlottable, safeLinearDomain, safeLogDomain } from './safeDomain';
import { finiteExtent } from './finiteExtent';

describe('finiteExtent', () => {
  it('skips NaN and ±Infinity', () => {
    expect(finiteExtent([3, NaN, -Infinity, 1, Infinity, 2])).toEqual([1, 3]);
  });
  it('is undefined when nothing is finite', () => {
    expect(finiteExtent([])).toBeUndefined();
    expect(finiteExtent([NaN, Infinity])).toBeUndefined();
  });
  it('keeps only strictly positive values when asked', () => {
    expect(finiteExtent([-5, 0, 0.5, 8], { positiveOnly: true })).toEqual([0.5, 8]);
  });
});

describe('safeLinearDomain', () => {
  it('falls back to [0, 1] for empty or all-NaN data', () => {
    expect(safeLinearDomain([])).toEqual([0, 1]);
    expect(safeLinearDomain([NaN, Infinity, -Infinity])).toEqual([0, 1]);
  });
  it('widens a single value by 10 % each side so the point is centred', () => {
    expect(safeLinearDomain([5])).toEqual([4.5, 5.5]);
    expect(safeLinearDomain([-20, -20])).toEqual([-22, -18]);
  });
  it('widens a single zero to [-1, 1]', () => {
    expect(safeLinearDomain([0])).toEqual([-1, 1]);
  });
  it('stretches to include zero when asked', () => {
    expect(safeLinearDomain([2, 7], { includeZero: true })).toEqual([0, 7]);
    expect(safeLinearDomain([-3, -1], { includeZero: true })).toEqual([-3, 0]);
  });
});

describe('safeLogDomain', () => {
  it('drops zero, negative and non-finite values', () => {
    expect(safeLogDomain([-1, 0, 0.01, 100, NaN, Infinity])).toEqual([0.01, 100]);
  });
  it('falls back to [1, 10] when no value is positive', () => {
    expect(safeLogDomain([0, -3])).toEqual([1, 10]);
  });
  it('spans one decade each side of a single value', () => {
    expect(safeLogDomain([2])).toEqual([0.2, 20]);
  });
});

describe('isPlottable', () => {
  it('needs a finite value, and a positive one on a log axis', () => {
    expect(isPlottable(0, 'linear')).toBe(true);
    expect(isPlottable(0, 'log')).toBe(false);
    expect(isPlottable(-1, 'log')).toBe(false);
    expect(isPlottable(NaN, 'linear')).toBe(false);
    expect(isPlottable(Infinity, 'log')).toBe(false);
  });
});

describe('linearScale', () => {
  it('maps the niced domain ends onto the range ends', () => {
    const s = linearScale([0.13, 0.87], [0, 100]);
    // d3 nice() with the default 10 ticks rounds outward to a multiple of 0.1.
    expect(s.domain()).toEqual([0.1, 0.9]);
    expect(s(0.1)).toBe(0);
    expect(s(0.9)).toBe(100);
    expect(s(0.5)).toBeCloseTo(50, 10);
  });
  it('keeps the exact extent when nice is off', () => {
    expect(linearScale([0.13, 0.87], [0, 1], { nice: false }).domain()).toEqual([0.13, 0.87]);
  });
  it('maps an inverted pixel range (SVG y grows downward)', () => {
    const s = linearScale([0, 10], [200, 0]);
    expect(s(0)).toBe(200);
    expect(s(10)).toBe(0);
  });
  it('gives finite pixels for degenerate data', () => {
    for (const data of [[], [NaN], [3], [Infinity, -Infinity]]) {
      const s = linearScale(data, [0, 100]);
      const [a, b] = s.domain();
      expect(a).toBeLessThan(b);
      expect(Number.isFinite(s(a)) && Number.isFinite(s(b))).toBe(true);
    }
  });
});

describe('logScale', () => {
  it('nices to whole decades and places each decade evenly', () => {
    const s = logScale([0.013, 870], [0, 500]);
    expect(s.domain()).toEqual([0.01, 1000]);
    // five decades over 500 px: 100 px per decade, log10 spacing.
    expect(s(0.1)).toBeCloseTo(100, 9);
    expect(s(10)).toBeCloseTo(300, 9);
  });
  it('clamps zero and negative inputs to the bottom of the range', () => {
    const s = logScale([1, 100], [300, 0]);
    expect(s(0)).toBe(300);
    expect(s(-4)).toBe(300);
  });
  it('survives data with no positive value', () => {
    const s = logScale([0, -1, NaN], [0, 10]);
    expect(s.domain()).toEqual([1, 10]);
  });
});

describe('chartScale', () => {
  it('builds the scale of the requested kind', () => {
    expect(chartScale('log', [1, 1000], [0, 3])(10)).toBeCloseTo(1, 9);
    expect(chartScale('linear', [0, 1000], [0, 3])(500)).toBeCloseTo(1.5, 9);
  });
});

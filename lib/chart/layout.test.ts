import { describe, expect, it } from 'vitest';
import { nearestIndex } from './nearestIndex';
import { DEFAULT_LEGEND_METRICS, estimateTextWidth, legendLayout } from './legendLayout';
import { tooltipPlacement } from './tooltipPlacement';
import { seriesColor } from './seriesColor';

describe('nearestIndex', () => {
  it('agrees with a brute-force nearest search', () => {
    const xs = [0, 1, 4, 9, 16, 25];
    for (let x = -3; x <= 30; x += 0.7) {
      const brute = xs.reduce(
        (best, v, i) => (Math.abs(v - x) < Math.abs(xs[best] - x) ? i : best),
        0,
      );
      expect(Math.abs(xs[nearestIndex(xs, x)] - x)).toBe(Math.abs(xs[brute] - x));
    }
  });
  it('is -1 for no points', () => {
    expect(nearestIndex([], 3)).toBe(-1);
  });
});

describe('estimateTextWidth', () => {
  it('counts 0.6 em per Latin character and a full em per Hangul syllable', () => {
    expect(estimateTextWidth('train', 10)).toBeCloseTo(30);
    expect(estimateTextWidth('배치 손실', 10)).toBeCloseTo(4 * 10 + 6);
    expect(estimateTextWidth('평균 |오프셋|(px)', 10)).toBeCloseTo(5 * 10 + 7 * 6);
  });
});

describe('legendLayout', () => {
  const m = DEFAULT_LEGEND_METRICS;
  const itemWidth = (s: string) => m.swatchWidth + m.gap / 2 + estimateTextWidth(s, m.fontSize);
  it('lays items on one row when they fit', () => {
    const { positions, height } = legendLayout(['train', 'val'], 1000);
    expect(positions).toEqual([
      { x: 0, y: 0 },
      { x: itemWidth('train') + m.gap, y: 0 },
    ]);
    expect(height).toBe(m.rowHeight);
  });
  it('wraps to a new row when the next item would overflow', () => {
    const width = itemWidth('train') + m.gap + 10;
    const { positions, height } = legendLayout(['train', 'validation'], width);
    expect(positions[1]).toEqual({ x: 0, y: m.rowHeight });
    expect(height).toBe(2 * m.rowHeight);
  });
  it('takes no height without items', () => {
    expect(legendLayout([], 100).height).toBe(0);
  });
});

describe('tooltipPlacement', () => {
  const size = { width: 100, height: 40 };
  const bounds = { width: 400, height: 300 };
  it('sits above and to the right of the anchor', () => {
    expect(tooltipPlacement({ x: 50, y: 150 }, size, bounds)).toEqual({ x: 62, y: 98 });
  });
  it('flips left near the right edge and below near the top', () => {
    expect(tooltipPlacement({ x: 350, y: 10 }, size, bounds)).toEqual({ x: 238, y: 22 });
  });
  it('stays inside bounds smaller than it would like', () => {
    expect(tooltipPlacement({ x: 5, y: 5 }, size, { width: 80, height: 30 })).toEqual({
      x: 0,
      y: 0,
    });
  });
});

describe('seriesColor', () => {
  it('cycles through the six theme colours', () => {
    expect(seriesColor(0)).toBe('var(--series-1)');
    expect(seriesColor(5)).toBe('var(--series-6)');
    expect(seriesColor(6)).toBe('var(--series-1)');
    expect(seriesColor(-1)).toBe('var(--series-6)');
  });
});

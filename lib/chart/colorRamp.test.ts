import { describe, expect, it } from 'vitest';
import {
  divergingRamp,
  MISSING_COLOR,
  RDBU_STOPS,
  sequentialRamp,
  VIRIDIS_STOPS,
} from './colorRamp';

/** "#rrggbb" -> "rgb(r, g, b)", the form d3-interpolate writes. */
function rgb(hex: string): string {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)}, ${n(3)}, ${n(5)})`;
}

describe('sequentialRamp', () => {
  it('maps the minimum and maximum to the first and last viridis stops', () => {
    const ramp = sequentialRamp([3, -1, 7]);
    expect(ramp(-1)).toBe(rgb(VIRIDIS_STOPS[0]));
    expect(ramp(7)).toBe(rgb(VIRIDIS_STOPS[8]));
    // -1..7 over 9 stops: one stop per unit, so 3 is stop 4.
    expect(ramp(3)).toBe(rgb(VIRIDIS_STOPS[4]));
  });
  it('interpolates each RGB channel linearly between stops', () => {
    const ramp = sequentialRamp([], [0, 8]);
    const a = VIRIDIS_STOPS[0],
      b = VIRIDIS_STOPS[1];
    const mid = [1, 3, 5].map((i) =>
      Math.round((parseInt(a.slice(i, i + 2), 16) + parseInt(b.slice(i, i + 2), 16)) / 2),
    );
    expect(ramp(0.5)).toBe(`rgb(${mid.join(', ')})`);
  });
  it('clamps values outside the domain to the end colours', () => {
    const ramp = sequentialRamp([], [0, 1]);
    expect(ramp(-5)).toBe(rgb(VIRIDIS_STOPS[0]));
    expect(ramp(9)).toBe(rgb(VIRIDIS_STOPS[8]));
  });
  it('gives a constant matrix the middle colour and NaN the missing colour', () => {
    const ramp = sequentialRamp([2, 2, NaN]);
    expect(ramp(2)).toBe(rgb(VIRIDIS_STOPS[4]));
    expect(ramp(NaN)).toBe(MISSING_COLOR);
    expect(ramp(Infinity)).toBe(MISSING_COLOR);
  });
});

describe('divergingRamp', () => {
  it('puts 0 at the neutral middle and ±max|v| at the two ends', () => {
    const ramp = divergingRamp([-0.5, 2, 1]);
    expect(ramp(0)).toBe(rgb(RDBU_STOPS[4]));
    expect(ramp(2)).toBe(rgb(RDBU_STOPS[8]));
    expect(ramp(-2)).toBe(rgb(RDBU_STOPS[0]));
  });
  it('gives equal magnitudes mirrored stops', () => {
    const ramp = divergingRamp([], 4);
    expect(ramp(1)).toBe(rgb(RDBU_STOPS[5]));
    expect(ramp(-1)).toBe(rgb(RDBU_STOPS[3]));
  });
  it('ignores non-finite values when finding the magnitude, and survives all zeros', () => {
    expect(divergingRamp([Infinity, -3, NaN])(3)).toBe(rgb(RDBU_STOPS[8]));
    expect(divergingRamp([0, 0])(0)).toBe(rgb(RDBU_STOPS[4]));
  });
});

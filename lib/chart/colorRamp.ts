import { scaleLinear } from 'd3-scale';
import { finiteExtent } from './finiteExtent';

/** Maps a number to a CSS colour string; non-finite values give `MISSING_COLOR`. */
export type ColorRamp = (value: number) => string;

/** Colour of a cell whose value is NaN or ±Infinity. */
export const MISSING_COLOR = 'transparent';

/**
 * Viridis (van der Walt & Smith, matplotlib), sampled at 9 even stops: dark
 * purple for low values through teal to yellow for high. Perceptually uniform,
 * readable by colour-blind readers, and legible on light and dark pages.
 */
export const VIRIDIS_STOPS: readonly string[] = [
  '#440154',
  '#472d7b',
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
];

/**
 * ColorBrewer RdBu (Brewer, colorbrewer2.org), 9 classes, ordered from negative
 * (blue) through the neutral middle (near-white) to positive (red).
 */
export const RDBU_STOPS: readonly string[] = [
  '#2166ac',
  '#4393c3',
  '#92c5de',
  '#d1e5f0',
  '#f7f7f7',
  '#fddbc7',
  '#f4a582',
  '#d6604d',
  '#b2182b',
];

/** Piecewise-linear RGB interpolation through evenly spaced stops over [lo, hi], clamped. */
function rampThrough(stops: readonly string[], lo: number, hi: number): ColorRamp {
  const domain = stops.map((_, i) => lo + ((hi - lo) * i) / (stops.length - 1));
  const scale = scaleLinear<string>()
    .domain(domain)
    .range([...stops])
    .clamp(true);
  return (value) => (Number.isFinite(value) ? scale(value) : MISSING_COLOR);
}

/**
 * Sequential ramp (viridis) from the smallest to the largest finite value, or over
 * `domain` when given. A constant matrix maps every cell to the middle colour.
 */
export function sequentialRamp(
  values: Iterable<number>,
  domain?: readonly [number, number],
): ColorRamp {
  const [lo, hi] = domain ?? finiteExtent(values) ?? [0, 1];
  if (lo === hi) return rampThrough(VIRIDIS_STOPS, lo - 1, hi + 1);
  return rampThrough(VIRIDIS_STOPS, lo, hi);
}

/**
 * Diverging ramp (RdBu) centred on 0: 0 is the neutral middle, ±m the two ends,
 * where m is the largest finite |value| (or `maxAbs` when given), so equal
 * magnitudes of opposite sign get equally strong colours. All zeros -> neutral.
 */
export function divergingRamp(values: Iterable<number>, maxAbs?: number): ColorRamp {
  let m = maxAbs ?? 0;
  if (maxAbs === undefined) {
    for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  }
  if (!(m > 0)) m = 1;
  return rampThrough(RDBU_STOPS, -m, m);
}

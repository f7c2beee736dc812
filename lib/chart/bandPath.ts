import { area } from 'd3-shape';

export interface BandPoint {
  x: number;
  lo: number;
  hi: number;
}

type ToPixel = (value: number) => number;

/**
 * SVG path data for the region between `lo` and `hi` (d3-shape `area` with
 * y0 = lo, y1 = hi): along the `hi` edge left to right, back along the `lo` edge,
 * closed. A point with a non-finite x, lo or hi breaks the band into pieces.
 * On a log axis pass a clamping scale (see `logScale`) so lo <= 0 sits on the
 * axis floor. Returns "" when nothing can be drawn.
 */
export function bandPath(band: readonly BandPoint[], x: ToPixel, y: ToPixel): string {
  const path = area<BandPoint>()
    .digits(2)
    .defined((p) => Number.isFinite(p.x) && Number.isFinite(p.lo) && Number.isFinite(p.hi))
    .x((p) => x(p.x))
    .y0((p) => y(p.lo))
    .y1((p) => y(p.hi));
  return path(band as BandPoint[]) ?? '';
}

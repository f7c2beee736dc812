import { line } from 'd3-shape';
import { isPlottable, type ScaleKind } from './safeDomain';

export interface ChartPoint {
  x: number;
  y: number;
}

type ToPixel = (value: number) => number;

/**
 * SVG path data for a polyline through the points (d3-shape `line`), with a gap
 * wherever a point cannot be drawn: x or y not finite, or y <= 0 on a log axis.
 * A training run that diverged therefore ends its line at the last finite loss.
 * Coordinates are rounded to 2 decimals (sub-pixel enough, and short paths).
 * Returns "" when no point can be drawn.
 */
export function linePath(
  points: readonly ChartPoint[],
  x: ToPixel,
  y: ToPixel,
  yKind: ScaleKind = 'linear',
): string {
  const path = line<ChartPoint>()
    .digits(2)
    .defined((p) => Number.isFinite(p.x) && isPlottable(p.y, yKind))
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  return path(points as ChartPoint[]) ?? '';
}

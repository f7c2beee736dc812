import type { BandPoint } from './bandPath';
import { finiteExtent } from './finiteExtent';
import type { ChartPoint } from './linePath';
import { nearestIndex } from './nearestIndex';
import { isPlottable, type ScaleKind } from './safeDomain';

/** The data of a line chart, and what the chart reads off it: extents, the x grid, values at a cursor, end points. */
export interface LineSeries {
  /** Stable key (React key; keeps a series' path memoised across updates). */
  id: string;
  /** Name in the legend, tooltip, end label and data table. */
  label: string;
  /** Points in ascending x. Non-finite y (and y <= 0 on a log axis) leave a gap. */
  points: readonly ChartPoint[];
  /** Min–max band drawn under the line (e.g. spread over seeds), ascending x. */
  band?: readonly BandPoint[];
  dashed?: boolean;
  /** Which `--series-N` colour (0-based, cycles over 6); the series' position by default. */
  colorIndex?: number;
}

/** The x and y extents over every point and band, finite only (positive only on a log axis). */
export function dataExtents(series: readonly LineSeries[], kind: ScaleKind) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of series) {
    for (const p of s.points) {
      xs.push(p.x);
      ys.push(p.y);
    }
    for (const b of s.band ?? []) {
      xs.push(b.x);
      ys.push(b.lo, b.hi);
    }
  }
  const x = finiteExtent(xs) ?? [0, 1];
  const y =
    finiteExtent(ys, { positiveOnly: kind === 'log' }) ?? (kind === 'log' ? [1, 10] : [0, 1]);
  return { x: x as readonly [number, number], y: y as readonly [number, number] };
}

/** Every x of every series, ascending, once. */
export function unionXs(series: readonly LineSeries[]): number[] {
  const set = new Set<number>();
  for (const s of series) for (const p of s.points) if (Number.isFinite(p.x)) set.add(p.x);
  return [...set].sort((a, b) => a - b);
}

/** Each series' value (and band) at exactly `x`, found by binary search over its ascending points. */
export function readAt(series: readonly LineSeries[], x: number) {
  const out: { index: number; y: number; band?: BandPoint }[] = [];
  series.forEach((s, index) => {
    const p =
      s.points[
        nearestIndex(
          s.points.map((q) => q.x),
          x,
        )
      ];
    if (!p || p.x !== x) return;
    const b =
      s.band?.[
        nearestIndex(
          s.band.map((q) => q.x),
          x,
        )
      ];
    out.push({ index, y: p.y, band: b && b.x === x ? b : undefined });
  });
  return out;
}

/** The last drawable point of each series, for its end label. */
export function endPoints(series: readonly LineSeries[], kind: ScaleKind) {
  const out: { index: number; y: number }[] = [];
  series.forEach((s, index) => {
    for (let i = s.points.length - 1; i >= 0; i--) {
      if (isPlottable(s.points[i].y, kind) && Number.isFinite(s.points[i].x)) {
        out.push({ index, y: s.points[i].y });
        return;
      }
    }
  });
  return out;
}

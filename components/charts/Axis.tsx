import { memo } from 'react';
import { formatCompact } from '@/lib/chart/formatCompact';

export interface AxisProps {
  /** Maps a data value to a pixel offset along the axis. */
  scale: (value: number) => number;
  /** `bottom`: a horizontal axis under the plot; `left`: a vertical axis beside it. */
  orientation: 'bottom' | 'left';
  /** Tick values (see `axisTicks`). */
  ticks: readonly number[];
  /** Pixel length of the axis line (the plot's width or height). */
  length: number;
  /** Length of grid lines drawn across the plot from each tick; 0 draws none. */
  gridLength?: number;
  /** Tick label text; `formatCompact` by default. */
  format?: (value: number) => string;
  /** Axis title, e.g. "step" or "loss (log scale)". */
  label?: string;
}

const TICK = 5;

/** An SVG axis drawn by React: line, ticks, labels, optional grid, title. Place it with a transform. */
export const Axis = memo(function Axis({
  scale,
  orientation,
  ticks,
  length,
  gridLength = 0,
  format = formatCompact,
  label,
}: AxisProps) {
  const bottom = orientation === 'bottom';
  return (
    <g className={`chart-axis chart-axis-${orientation}`} fontSize={12}>
      {ticks.map((t) => {
        const p = scale(t);
        if (!Number.isFinite(p)) return null;
        return bottom ? (
          <g key={t} transform={`translate(${p},0)`}>
            {gridLength > 0 && (
              <line y2={-gridLength} stroke="var(--color-border)" strokeOpacity={0.35} />
            )}
            <line y2={TICK} stroke="var(--color-muted)" />
            <text y={TICK + 12} textAnchor="middle" fill="var(--color-muted)">
              {format(t)}
            </text>
          </g>
        ) : (
          <g key={t} transform={`translate(0,${p})`}>
            {gridLength > 0 && (
              <line x2={gridLength} stroke="var(--color-border)" strokeOpacity={0.35} />
            )}
            <line x2={-TICK} stroke="var(--color-muted)" />
            <text x={-TICK - 3} dy="0.32em" textAnchor="end" fill="var(--color-muted)">
              {format(t)}
            </text>
          </g>
        );
      })}
      {bottom ? (
        <line x2={length} stroke="var(--color-muted)" />
      ) : (
        <line y2={length} stroke="var(--color-muted)" />
      )}
      {label &&
        (bottom ? (
          <text x={length / 2} y={TICK + 30} textAnchor="middle" fill="var(--color-fg)">
            {label}
          </text>
        ) : (
          <text
            transform={`translate(-44,${length / 2}) rotate(-90)`}
            textAnchor="middle"
            fill="var(--color-fg)"
          >
            {label}
          </text>
        ))}
    </g>
  );
});

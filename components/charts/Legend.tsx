import { memo } from 'react';
import { DEFAULT_LEGEND_METRICS, legendLayout } from '@/lib/chart/legendLayout';

export interface LegendItem {
  label: string;
  /** CSS colour, e.g. `var(--series-1)`. */
  color: string;
  /** `line` (default) draws a line sample, `swatch` a filled square. */
  shape?: 'line' | 'swatch';
  /** Dashed line sample, matching a dashed series. */
  dashed?: boolean;
  /** A fill drawn over a swatch (e.g. `url(#hatch)`), matching a patterned category. */
  pattern?: string;
}

export interface LegendProps {
  items: readonly LegendItem[];
  /** Width available; items wrap onto further rows beyond it. */
  width: number;
}

/** Height a legend of these labels takes at this width (for reserving space above a plot). */
export function legendHeight(items: readonly { label: string }[], width: number): number {
  return legendLayout(
    items.map((i) => i.label),
    width,
  ).height;
}

/** An SVG legend: a sample of each series or category followed by its label, wrapping rows. */
export const Legend = memo(function Legend({ items, width }: LegendProps) {
  const m = DEFAULT_LEGEND_METRICS;
  const { positions } = legendLayout(
    items.map((i) => i.label),
    width,
    m,
  );
  const mid = m.rowHeight / 2;
  return (
    <g className="chart-legend" fontSize={m.fontSize}>
      {items.map((item, i) => (
        <g key={`${item.label}-${i}`} transform={`translate(${positions[i].x},${positions[i].y})`}>
          {item.shape === 'swatch' ? (
            <>
              <rect
                x={4}
                y={mid - 6}
                width={12}
                height={12}
                fill={item.color}
                stroke="var(--color-border)"
              />
              {item.pattern && (
                <rect x={4} y={mid - 6} width={12} height={12} fill={item.pattern} />
              )}
            </>
          ) : (
            <line
              x2={m.swatchWidth}
              y1={mid}
              y2={mid}
              stroke={item.color}
              strokeWidth={2.5}
              strokeDasharray={item.dashed ? '6 3' : undefined}
            />
          )}
          <text x={m.swatchWidth + m.gap / 2} y={mid} dy="0.32em" fill="var(--color-fg)">
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
});

'use client';

import type { Ref } from 'react';
import { axisTicks, tickCountFor } from '@/lib/chart/axisTicks';
import { chartScale } from '@/lib/chart/chartScale';
import { formatCompact } from '@/lib/chart/formatCompact';
import { estimateTextWidth } from '@/lib/chart/legendLayout';
import { isPlottable, type ScaleKind } from '@/lib/chart/safeDomain';
import { seriesColor } from '@/lib/chart/seriesColor';
import { Axis } from './Axis';
import { ChartRoot } from './ChartRoot';
import { useElementSize } from './useElementSize';

export interface Bar {
  label: string;
  value: number;
  /** Which `--series-N` colour (0-based); 0 by default, all bars alike. */
  colorIndex?: number;
  /** Draw this bar in the accent colour with a bold label (e.g. the current layer). */
  highlight?: boolean;
}

export interface BarChartProps {
  bars: readonly Bar[];
  /** Accessible name, e.g. "Parameters per layer". */
  label: string;
  title?: string;
  /** Title of the value axis, e.g. "parameters". */
  valueLabel?: string;
  /** 'linear' (default, bars start at 0) or 'log' (bars start at the axis floor; values <= 0 get no bar). */
  scale?: ScaleKind;
  /** Fixed value domain. */
  domain?: readonly [number, number];
  format?: (value: number) => string;
  /** Height of one bar row in px (default 26). */
  barHeight?: number;
  ref?: Ref<SVGSVGElement>;
}

/** Horizontal bars with their labels at the left and their values written at the bar ends. */
export function BarChart({
  bars,
  label,
  title,
  valueLabel,
  scale = 'linear',
  domain,
  format = formatCompact,
  barHeight = 26,
  ref,
}: BarChartProps) {
  const { ref: containerRef, width } = useElementSize<HTMLDivElement>();
  const left = Math.min(
    width * 0.4,
    12 + Math.max(0, ...bars.map((b) => estimateTextWidth(b.label, 12))),
  );
  const valueRoom = 12 + Math.max(0, ...bars.map((b) => estimateTextWidth(format(b.value), 12)));
  const plotW = Math.max(1, width - left - valueRoom);
  const plotH = bars.length * barHeight;
  const height = plotH + (valueLabel ? 50 : 30);
  const x = chartScale(scale, domain ?? bars.map((b) => b.value), [0, plotW], {
    includeZero: scale === 'linear',
  });
  const [d0, d1] = x.domain();
  const base =
    scale === 'log' ? Math.min(d0, d1) : Math.min(Math.max(0, Math.min(d0, d1)), Math.max(d0, d1));

  return (
    <ChartRoot
      containerRef={containerRef}
      svgRef={ref}
      label={label}
      title={title}
      width={width}
      height={height}
    >
      <g transform={`translate(${left},4)`}>
        <g transform={`translate(0,${plotH})`}>
          <Axis
            scale={x}
            orientation="bottom"
            ticks={axisTicks(x, scale, tickCountFor(plotW, 80))}
            length={plotW}
            gridLength={plotH}
            format={format}
            label={valueLabel}
          />
        </g>
        {bars.map((b, i) => {
          const y = i * barHeight;
          const drawable = isPlottable(b.value, scale);
          const x0 = x(base);
          const x1 = drawable ? x(b.value) : x0;
          const color = b.highlight ? 'var(--color-accent)' : seriesColor(b.colorIndex ?? 0);
          return (
            <g key={`${b.label}-${i}`}>
              <text
                x={-8}
                y={y + barHeight / 2}
                dy="0.32em"
                textAnchor="end"
                fill="var(--color-fg)"
                fontWeight={b.highlight ? 700 : 400}
              >
                {b.label}
              </text>
              <rect
                x={Math.min(x0, x1)}
                y={y + 4}
                width={Math.abs(x1 - x0)}
                height={barHeight - 8}
                fill={color}
              />
              <text
                x={Math.max(x0, x1) + 6}
                y={y + barHeight / 2}
                dy="0.32em"
                fill="var(--color-fg)"
              >
                {format(b.value)}
              </text>
            </g>
          );
        })}
      </g>
    </ChartRoot>
  );
}

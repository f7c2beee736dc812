'use client';
import type { Ref } from 'react';
import { Axis } from '@/components/charts/Axis';
import { ChartRoot } from '@/components/charts/ChartRoot';
import { useElementSize } from '@/components/charts/useElementSize';
import { axisTicks, tickCountFor } from '@/lib/chart/axisTicks';
import { linearScale } from '@/lib/chart/chartScale';

export interface HistogramBin {
  lo: number;
  hi: number;
  count: number;
}

/** Equal-width bins over [lo, hi]; a value equal to hi goes in the last bin. */
export function histogram(
  values: readonly number[],
  lo: number,
  hi: number,
  bins: number,
): HistogramBin[] {
  const width = (hi - lo) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({
    lo: lo + i * width,
    hi: lo + (i + 1) * width,
    count: 0,
  }));
  for (const v of values)
    out[Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / width)))].count++;
  return out;
}

const M = { top: 16, right: 12, bottom: 44, left: 48 };

/** Bars of the sampled weights with the bound drawn as dashed lines at ±bound. */
export function WeightHistogram({
  bins,
  bound,
  svgRef,
  label,
  xLabel,
  yLabel,
}: {
  bins: readonly HistogramBin[];
  bound: number;
  svgRef: Ref<SVGSVGElement>;
  /** the chart's accessible name, and its axis titles */
  label: string;
  xLabel: string;
  yLabel: string;
}) {
  const { ref, width } = useElementSize<HTMLDivElement>();
  const height = 220;
  const plotW = Math.max(1, width - M.left - M.right);
  const plotH = height - M.top - M.bottom;
  const x = linearScale([-bound * 1.15, bound * 1.15], [0, plotW], { nice: false });
  const y = linearScale([0, ...bins.map((b) => b.count)], [plotH, 0], { includeZero: true });
  return (
    <ChartRoot containerRef={ref} svgRef={svgRef} label={label} width={width} height={height}>
      <g transform={`translate(${M.left},${M.top})`}>
        <g transform={`translate(0,${plotH})`}>
          <Axis
            scale={x}
            orientation="bottom"
            ticks={axisTicks(x, 'linear', tickCountFor(plotW, 70))}
            length={plotW}
            label={xLabel}
          />
        </g>
        <Axis
          scale={y}
          orientation="left"
          ticks={axisTicks(y, 'linear', 4)}
          length={plotH}
          gridLength={plotW}
          label={yLabel}
        />
        {bins.map((b, i) => (
          <rect
            key={i}
            x={x(b.lo) + 0.5}
            width={Math.max(0, x(b.hi) - x(b.lo) - 1)}
            y={y(b.count)}
            height={plotH - y(b.count)}
            fill="var(--series-1)"
          />
        ))}
        {[-bound, bound].map((v) => (
          <g key={v}>
            <line
              x1={x(v)}
              x2={x(v)}
              y1={0}
              y2={plotH}
              stroke="var(--color-danger)"
              strokeDasharray="4 3"
              strokeWidth={1.5}
            />
            <text
              x={x(v) + (v < 0 ? 4 : -4)}
              y={-4}
              textAnchor={v < 0 ? 'start' : 'end'}
              fill="var(--color-danger)"
            >
              {v < 0 ? '−bound' : '+bound'}
            </text>
          </g>
        ))}
      </g>
    </ChartRoot>
  );
}

'use client';
import type { Ref } from 'react';
import { ChartRoot } from '@/components/charts/ChartRoot';
import { useElementSize } from '@/components/charts/useElementSize';

export interface ConvGridProps {
  /** `data-grid` of its root, for the tests. */
  name: string;
  /** The name drawn above the grid, in the page's language. */
  title: string;
  label: string;
  rows: number;
  cols: number;
  /** Row-major values; NaN leaves a cell blank (not computed yet). */
  values: ArrayLike<number>;
  /** Row-major: false for an added zero (padding or an inserted zero), drawn dashed. */
  isPixel?: (index: number) => boolean;
  /** Cells to outline (the kernel's taps or the current output pixel). */
  highlight?: readonly [number, number][];
  /** Colour scale: |v| / scale is the opacity. */
  scale: number;
  svgRef?: Ref<SVGSVGElement>;
}

/** A grid of numbers as cells: positive values in one colour, negative in another, added zeros dashed. */
export function ConvGrid({
  name,
  title,
  label,
  rows,
  cols,
  values,
  isPixel,
  highlight = [],
  scale,
  svgRef,
}: ConvGridProps) {
  const { ref, width } = useElementSize<HTMLDivElement>();
  const cell = Math.max(6, Math.min(30, Math.floor((width - 4) / Math.max(1, cols))));
  const height = rows * cell + 24;
  return (
    <div data-grid={name}>
      <ChartRoot containerRef={ref} svgRef={svgRef} label={label} width={width} height={height}>
        <text x={0} y={14} fill="var(--color-fg)" fontWeight={600}>
          {title}{' '}
          <tspan fill="var(--color-muted)" fontWeight={400}>
            {rows}×{cols}
          </tspan>
        </text>
        <g transform="translate(1,22)">
          {Array.from({ length: rows * cols }, (_, t) => {
            const r = Math.floor(t / cols);
            const c = t % cols;
            const v = values[t];
            const pixel = isPixel ? isPixel(t) : true;
            const opacity = Number.isFinite(v) && scale > 0 ? Math.min(1, Math.abs(v) / scale) : 0;
            return (
              <g key={t}>
                <rect
                  x={c * cell}
                  y={r * cell}
                  width={cell}
                  height={cell}
                  fill="var(--color-bg)"
                  stroke="var(--color-border)"
                  strokeDasharray={pixel ? undefined : '2 2'}
                />
                {opacity > 0 && (
                  <rect
                    x={c * cell + 1}
                    y={r * cell + 1}
                    width={cell - 2}
                    height={cell - 2}
                    fill={v > 0 ? 'var(--series-1)' : 'var(--series-2)'}
                    fillOpacity={opacity}
                  />
                )}
              </g>
            );
          })}
          {highlight.map(([r, c], i) => (
            <rect
              key={i}
              x={c * cell + 1}
              y={r * cell + 1}
              width={cell - 2}
              height={cell - 2}
              fill="none"
              stroke="var(--color-accent)"
              strokeWidth={2.5}
              pointerEvents="none"
            />
          ))}
        </g>
      </ChartRoot>
    </div>
  );
}

'use client';
// Longer than 300 lines: the heatmap, its colour legend, keyboard cursor and tooltip share one layout; splitting it is open work.

import { memo, useMemo, type PointerEvent, type Ref } from 'react';
import {
  divergingRamp,
  RDBU_STOPS,
  sequentialRamp,
  VIRIDIS_STOPS,
  type ColorRamp,
} from '@/lib/chart/colorRamp';
import { cssRgba } from '@/lib/chart/cssRgba';
import { finiteExtent } from '@/lib/chart/finiteExtent';
import { formatCompact } from '@/lib/chart/formatCompact';
import { readableTextColor } from '@/lib/chart/readableTextColor';
import { ChartRoot } from './ChartRoot';
import { Tooltip } from './Tooltip';
import { useElementSize } from './useElementSize';
import { usePlotCursor, useSvgId } from './usePlotCursor';
import { useChartText } from './chartText';

export interface HeatmapHighlight {
  /** Top-left cell of the rectangle and its size in cells (e.g. a receptive field). */
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Text drawn above the rectangle. */
  label?: string;
  tone?: 'accent' | 'danger';
}

export interface HeatmapProps {
  /** Rows of numbers; NaN cells are left empty. */
  matrix: readonly (readonly number[])[];
  /** Accessible name, e.g. "Output feature map, 6 by 6". */
  label: string;
  title?: string;
  /** `sequential` (viridis, default) or `diverging` (blue–white–red, centred on 0). */
  scheme?: 'sequential' | 'diverging';
  /** Fixed colour domain: [min, max] for sequential; the magnitude `max` is used for diverging. */
  domain?: readonly [number, number];
  rowLabels?: readonly string[];
  colLabels?: readonly string[];
  xLabel?: string;
  yLabel?: string;
  /** Write each value in its cell (true: `formatCompact`), or a formatter. Shown only when cells are large enough. */
  cellLabels?: boolean | ((value: number, row: number, col: number) => string);
  highlights?: readonly HeatmapHighlight[];
  /** Largest cell side in px (default 48); cells are square and shrink to fit the width. */
  maxCellSize?: number;
  /** Hears the cell under the hover / keyboard cursor (null when it leaves). */
  onCellFocus?: (cell: { row: number; col: number } | null) => void;
  format?: (value: number) => string;
  ref?: Ref<SVGSVGElement>;
}

const LEGEND_H = 40;

/** A matrix of numbers as coloured cells, with a colour key, optional values in cells and highlight boxes. */
export function Heatmap({
  matrix,
  label,
  title,
  scheme = 'sequential',
  domain,
  rowLabels,
  colLabels,
  xLabel,
  yLabel,
  cellLabels = false,
  highlights = [],
  maxCellSize = 48,
  onCellFocus,
  format = formatCompact,
  ref,
}: HeatmapProps) {
  const chartText = useChartText();
  const { ref: containerRef, width } = useElementSize<HTMLDivElement>();
  const gradientId = useSvgId('heat-key');
  const rows = matrix.length;
  const cols = Math.max(0, ...matrix.map((r) => r.length));
  const left =
    (rowLabels ? 12 + Math.max(0, ...rowLabels.map((l) => l.length * 7.2)) : 8) + (yLabel ? 20 : 0);
  const top = (colLabels ? 20 : 4) + (xLabel ? 20 : 0);
  const cell = Math.max(
    4,
    Math.min(maxCellSize, Math.floor(Math.max(0, width - left - 8) / Math.max(1, cols))),
  );
  const plotW = cell * cols;
  const plotH = cell * rows;
  const height = top + plotH + 16 + LEGEND_H;

  const ramp = useMemo(() => {
    const values = matrix.flat();
    return scheme === 'diverging'
      ? divergingRamp(
          values,
          domain ? Math.max(Math.abs(domain[0]), Math.abs(domain[1])) : undefined,
        )
      : sequentialRamp(values, domain);
  }, [matrix, scheme, domain]);
  const [lo, hi] = useMemo(() => keyRange(matrix, scheme, domain), [matrix, scheme, domain]);

  const { cursor, fromKeyboard, handlers, pointTo } = usePlotCursor(
    { rows, cols },
    { row: 0, col: 0 },
    onCellFocus,
  );
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const col = Math.floor((event.clientX - box.left) / cell);
    const row = Math.floor((event.clientY - box.top) / cell);
    pointTo(row >= 0 && row < rows && col >= 0 && col < cols ? { row, col } : null);
  };
  const cellText = (row: number, col: number) => {
    const name = `${rowLabels?.[row] ?? chartText.row(row)}, ${colLabels?.[col] ?? chartText.column(col)}`;
    return `${name}: ${format(matrix[row]?.[col] ?? NaN)}`;
  };
  const labelFor = cellLabels === true ? (v: number) => format(v) : cellLabels || undefined;

  return (
    <ChartRoot
      containerRef={containerRef}
      svgRef={ref}
      label={label}
      title={title}
      width={width}
      height={height}
      announcement={fromKeyboard && cursor ? cellText(cursor.row, cursor.col) : ''}
    >
      <g transform={`translate(${left},${top})`}>
        {xLabel && (
          <text x={plotW / 2} y={colLabels ? -24 : -8} textAnchor="middle" fill="var(--color-fg)">
            {xLabel}
          </text>
        )}
        {yLabel && (
          <text
            transform={`translate(${-left + 12},${plotH / 2}) rotate(-90)`}
            textAnchor="middle"
            fill="var(--color-fg)"
          >
            {yLabel}
          </text>
        )}
        {colLabels?.map((l, c) => (
          <text key={c} x={(c + 0.5) * cell} y={-6} textAnchor="middle" fill="var(--color-muted)">
            {l}
          </text>
        ))}
        {rowLabels?.map((l, r) => (
          <text
            key={r}
            x={-6}
            y={(r + 0.5) * cell}
            dy="0.32em"
            textAnchor="end"
            fill="var(--color-muted)"
          >
            {l}
          </text>
        ))}
        <Cells
          matrix={matrix}
          ramp={ramp}
          cell={cell}
          labelFor={cell >= 28 ? labelFor : undefined}
        />
        {highlights.map((h, i) => (
          <g key={i} pointerEvents="none">
            <rect
              x={h.col * cell}
              y={h.row * cell}
              width={h.cols * cell}
              height={h.rows * cell}
              fill="none"
              stroke={h.tone === 'danger' ? 'var(--color-danger)' : 'var(--color-accent)'}
              strokeWidth={3}
            />
            {h.label && (
              <text
                x={h.col * cell}
                y={h.row * cell - 4}
                fill={h.tone === 'danger' ? 'var(--color-danger)' : 'var(--color-accent)'}
              >
                {h.label}
              </text>
            )}
          </g>
        ))}
        <g
          className="chart-plot"
          tabIndex={0}
          role="group"
          aria-label={chartText.readCells(label)}
          {...handlers}
        >
          <rect
            className="chart-focus-ring"
            width={plotW}
            height={plotH}
            fill="transparent"
            onPointerMove={onPointerMove}
          />
        </g>
        {cursor && (
          <g pointerEvents="none">
            <rect
              x={cursor.col * cell}
              y={cursor.row * cell}
              width={cell}
              height={cell}
              fill="none"
              stroke="var(--color-fg)"
              strokeWidth={2}
            />
            <Tooltip
              x={(cursor.col + 0.5) * cell}
              y={cursor.row * cell}
              lines={[{ text: cellText(cursor.row, cursor.col) }]}
              bounds={{ width: Math.max(plotW, width - left), height: plotH + 16 + LEGEND_H }}
            />
          </g>
        )}
        <g transform={`translate(0,${plotH + 16})`}>
          <defs>
            <linearGradient id={gradientId}>
              {(scheme === 'diverging' ? RDBU_STOPS : VIRIDIS_STOPS).map((c, i, all) => (
                <stop key={i} offset={i / (all.length - 1)} stopColor={c} />
              ))}
            </linearGradient>
          </defs>
          <rect
            width={Math.min(200, Math.max(plotW, 120))}
            height={10}
            fill={`url(#${gradientId})`}
            stroke="var(--color-border)"
          />
          <text y={26} fill="var(--color-muted)">
            {format(lo)}
          </text>
          {scheme === 'diverging' && (
            <text
              x={Math.min(200, Math.max(plotW, 120)) / 2}
              y={26}
              textAnchor="middle"
              fill="var(--color-muted)"
            >
              0
            </text>
          )}
          <text
            x={Math.min(200, Math.max(plotW, 120))}
            y={26}
            textAnchor="end"
            fill="var(--color-muted)"
          >
            {format(hi)}
          </text>
        </g>
      </g>
    </ChartRoot>
  );
}

interface CellsProps {
  matrix: readonly (readonly number[])[];
  ramp: ColorRamp;
  cell: number;
  labelFor?: (value: number, row: number, col: number) => string;
}

/**
 * Large unlabelled matrices become one pixelated image instead of thousands of
 * SVG rectangles: a 64 x 64 map redraws in a millisecond instead of a frame or
 * more. Saved SVG files keep it as an embedded PNG.
 */
const RASTER_ABOVE = 400;

function rasterize(
  matrix: readonly (readonly number[])[],
  ramp: (v: number) => string,
): string | null {
  if (typeof document === 'undefined') return null;
  const rows = matrix.length;
  const cols = Math.max(0, ...matrix.map((r) => r.length));
  const canvas = document.createElement('canvas');
  canvas.width = cols;
  canvas.height = rows;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  // One ImageData write instead of a fillRect per cell: each CSS colour is parsed once.
  const image = ctx.createImageData(cols, rows);
  const parsed = new Map<string, readonly [number, number, number, number]>();
  matrix.forEach((row, r) =>
    row.forEach((v, c) => {
      const color = ramp(v);
      let rgba = parsed.get(color);
      if (!rgba) parsed.set(color, (rgba = cssRgba(color)));
      image.data.set(rgba, (r * cols + c) * 4);
    }),
  );
  ctx.putImageData(image, 0, 0);
  return canvas.toDataURL('image/png');
}

/** The coloured cells; memoised so moving the cursor does not redraw them. */
const Cells = memo(function Cells({ matrix, ramp, cell, labelFor }: CellsProps) {
  const count = matrix.length * Math.max(0, ...matrix.map((r) => r.length));
  const raster = useMemo(
    () => (!labelFor && count > RASTER_ABOVE ? rasterize(matrix, ramp) : null),
    [matrix, ramp, labelFor, count],
  );
  if (raster) {
    const cols = Math.max(0, ...matrix.map((r) => r.length));
    return (
      <image
        href={raster}
        width={cols * cell}
        height={matrix.length * cell}
        preserveAspectRatio="none"
        imageRendering="pixelated"
      />
    );
  }
  return (
    <g>
      {matrix.map((row, r) =>
        row.map((v, c) => {
          const fill = ramp(v);
          return (
            <g key={`${r}-${c}`}>
              <rect
                x={c * cell}
                y={r * cell}
                width={cell}
                height={cell}
                fill={fill}
                stroke="var(--color-bg)"
                strokeWidth={cell > 8 ? 1 : 0}
              />
              {labelFor && Number.isFinite(v) && (
                <text
                  x={(c + 0.5) * cell}
                  y={(r + 0.5) * cell}
                  dy="0.32em"
                  textAnchor="middle"
                  fill={readableTextColor(fill)}
                >
                  {labelFor(v, r, c)}
                </text>
              )}
            </g>
          );
        }),
      )}
    </g>
  );
});

/** The values at the two ends of the colour key. */
function keyRange(
  matrix: readonly (readonly number[])[],
  scheme: 'sequential' | 'diverging',
  domain?: readonly [number, number],
): [number, number] {
  if (scheme === 'sequential')
    return domain ? [domain[0], domain[1]] : (finiteExtent(matrix.flat()) ?? [0, 1]);
  const [a, b] = domain ?? finiteExtent(matrix.flat()) ?? [0, 1];
  const m = Math.max(Math.abs(a), Math.abs(b)) || 1;
  return [-m, m];
}

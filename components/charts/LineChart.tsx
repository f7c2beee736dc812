'use client';
// Longer than 300 lines: the scales, axes, legend, end labels, cursor and tooltip share one layout; its data helpers are in lib/chart/lineSeries.ts.

import { memo, useMemo, type PointerEvent, type Ref } from 'react';
import { axisTicks, tickCountFor } from '@/lib/chart/axisTicks';
import { bandPath, type BandPoint } from '@/lib/chart/bandPath';
import { chartScale, type ChartScale } from '@/lib/chart/chartScale';
import { formatCompact } from '@/lib/chart/formatCompact';
import { estimateTextWidth } from '@/lib/chart/legendLayout';
import { endLabelLayout } from '@/lib/chart/endLabelLayout';
import { linePath, type ChartPoint } from '@/lib/chart/linePath';
import { nearestIndex } from '@/lib/chart/nearestIndex';
import { isPlottable, type ScaleKind } from '@/lib/chart/safeDomain';
import { seriesColor } from '@/lib/chart/seriesColor';
import { spreadLabels } from '@/lib/chart/spreadLabels';
import { Axis } from './Axis';
import { ChartRoot } from './ChartRoot';
import { Legend, legendHeight } from './Legend';
import { Tooltip, type TooltipLine } from './Tooltip';
import { useElementSize } from './useElementSize';
import { usePlotCursor, useSvgId } from './usePlotCursor';
import { useChartText } from './chartText';
import { dataExtents, endPoints, readAt, unionXs, type LineSeries } from '@/lib/chart/lineSeries';

export type { LineSeries };

export interface ChartMarker {
  /** Where on the x axis the vertical marker stands. */
  x: number;
  /** Text beside it, e.g. "diverged at step 41". */
  label: string;
  tone?: 'danger' | 'accent' | 'muted';
}

export interface LineChartProps {
  series: readonly LineSeries[];
  /** Accessible name, e.g. "Training loss per step for three learning rates". */
  label: string;
  /** SVG `<title>`; `label` by default. */
  title?: string;
  /** Total height in px (the width follows the container). Default 280. */
  height?: number;
  xLabel?: string;
  yLabel?: string;
  /** Default 'linear'. On 'log', values <= 0 are left out of the domain and the line. */
  yScale?: ScaleKind;
  /** Fixed x domain, e.g. [0, totalSteps] so the axis stays put while training. */
  xDomain?: readonly [number, number];
  /** Fixed y domain; otherwise the data's (niced). */
  yDomain?: readonly [number, number];
  /** Stretch the y axis to include 0 (linear only). */
  yIncludeZero?: boolean;
  markers?: readonly ChartMarker[];
  /** Legend above the plot; default: when there are two or more series. */
  legend?: boolean;
  /** Series labels at the right end of each line; default: when there are two or more series. */
  endLabels?: boolean;
  formatX?: (x: number) => string;
  formatY?: (y: number) => string;
  /** Hears the x under the hover / keyboard cursor (null when it leaves). */
  onCursorChange?: (x: number | null) => void;
  /** Ref to the root `<svg>` (for `ChartActions`). */
  ref?: Ref<SVGSVGElement>;
}

const MARGIN = { top: 10, left: 60, bottom: 44 };
const TONE = {
  danger: 'var(--color-danger)',
  accent: 'var(--color-accent)',
  muted: 'var(--color-muted)',
};

/** A line chart of several series with optional min–max bands, log y axis, markers and a keyboard tooltip. */
export function LineChart({
  series,
  label,
  title,
  height = 280,
  xLabel,
  yLabel,
  yScale = 'linear',
  xDomain,
  yDomain,
  yIncludeZero,
  markers = [],
  legend,
  endLabels,
  formatX = formatCompact,
  formatY = formatCompact,
  onCursorChange,
  ref,
}: LineChartProps) {
  const chartText = useChartText();
  const { ref: containerRef, width } = useElementSize<HTMLDivElement>();
  const clipId = useSvgId('line-clip');
  const colors = series.map((s, i) => seriesColor(s.colorIndex ?? i));
  const labelLayout = endLabelLayout(
    series.map((s) => estimateTextWidth(s.label, 12)),
    width,
    { endLabels: endLabels ?? series.length > 1, legend: legend ?? series.length > 1 },
  );
  const showLegend = labelLayout.legend;
  const showEndLabels = labelLayout.endLabels;

  const legendH = showLegend ? legendHeight(series, Math.max(1, width - MARGIN.left)) + 6 : 0;
  const right = labelLayout.right;
  const top = MARGIN.top + legendH;
  const plotW = Math.max(1, width - MARGIN.left - right);
  const plotH = Math.max(1, height - top - MARGIN.bottom);

  // Extents as plain numbers, so the scales below keep their identity (and the
  // memoised paths stay valid) while new data leaves the domain unchanged.
  const extents = useMemo(() => dataExtents(series, yScale), [series, yScale]);
  const [x0, x1] = xDomain ?? extents.x;
  const [y0, y1] = yDomain ?? extents.y;
  const x = useMemo(
    () => chartScale('linear', [x0, x1], [0, plotW], { nice: false }),
    [x0, x1, plotW],
  );
  const y = useMemo(
    () => chartScale(yScale, [y0, y1], [plotH, 0], { includeZero: yIncludeZero, nice: !yDomain }),
    [yScale, y0, y1, plotH, yIncludeZero, yDomain],
  );

  const xs = useMemo(() => unionXs(series), [series]);
  const { cursor, fromKeyboard, handlers, pointTo } = usePlotCursor(
    { rows: 1, cols: xs.length },
    { row: 0, col: xs.length - 1 },
    onCursorChange && ((c) => onCursorChange(c ? xs[c.col] : null)),
  );
  const cursorX = cursor ? xs[cursor.col] : undefined;

  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const col = nearestIndex(xs, x.invert(event.clientX - box.left));
    pointTo(col < 0 ? null : { row: 0, col });
  };

  const readings = cursorX === undefined ? [] : readAt(series, cursorX);
  const tooltipLines: TooltipLine[] = [
    { text: `${xLabel ?? 'x'}: ${cursorX === undefined ? '' : formatX(cursorX)}` },
    ...readings.map((r) => ({
      text: `${series[r.index].label}: ${formatY(r.y)}${r.band ? ` (${formatY(r.band.lo)}–${formatY(r.band.hi)})` : ''}`,
      color: colors[r.index],
      dashed: series[r.index].dashed,
    })),
  ];
  const anchorY = readings.find((r) => isPlottable(r.y, yScale))?.y;

  const ends = showEndLabels ? endPoints(series, yScale) : [];
  const endYs = spreadLabels(
    ends.map((e) => y(e.y)),
    14,
    0,
    plotH,
  );

  return (
    <ChartRoot
      containerRef={containerRef}
      svgRef={ref}
      label={label}
      title={title}
      width={width}
      height={height}
      announcement={
        fromKeyboard && cursorX !== undefined ? tooltipLines.map((l) => l.text).join('; ') : ''
      }
    >
      {showLegend && (
        <g transform={`translate(${MARGIN.left},4)`}>
          <Legend
            items={series.map((s, i) => ({ label: s.label, color: colors[i], dashed: s.dashed }))}
            width={plotW}
          />
        </g>
      )}
      <g transform={`translate(${MARGIN.left},${top})`}>
        <defs>
          <clipPath id={clipId}>
            <rect x={-2} y={-2} width={plotW + 4} height={plotH + 4} />
          </clipPath>
        </defs>
        <g transform={`translate(0,${plotH})`}>
          <Axis
            scale={x}
            orientation="bottom"
            ticks={x.ticks(tickCountFor(plotW, 80))}
            length={plotW}
            format={formatX}
            label={xLabel}
          />
        </g>
        <Axis
          scale={y}
          orientation="left"
          ticks={axisTicks(y, yScale, tickCountFor(plotH, 45))}
          length={plotH}
          gridLength={plotW}
          format={formatY}
          label={yLabel}
        />
        <g clipPath={`url(#${clipId})`}>
          {series.map((s, i) => (
            <SeriesLayer
              key={s.id}
              points={s.points}
              band={s.band}
              x={x}
              y={y}
              yKind={yScale}
              color={colors[i]}
              dashed={s.dashed}
            />
          ))}
        </g>
        {markers.map((m, i) => {
          const px = x(m.x);
          if (!Number.isFinite(px) || px < 0 || px > plotW) return null;
          const color = TONE[m.tone ?? 'danger'];
          return (
            <g key={`${m.x}-${i}`} className="chart-marker">
              <line
                x1={px}
                x2={px}
                y2={plotH}
                stroke={color}
                strokeDasharray="4 3"
                strokeWidth={1.5}
              />
              <text
                x={px + (px > plotW / 2 ? -4 : 4)}
                y={12 + 14 * i}
                textAnchor={px > plotW / 2 ? 'end' : 'start'}
                fill={color}
              >
                {m.label}
              </text>
            </g>
          );
        })}
        {ends.map((e, k) => (
          <text
            key={series[e.index].id}
            x={plotW + 6}
            y={endYs[k]}
            dy="0.32em"
            fill={colors[e.index]}
          >
            {series[e.index].label}
          </text>
        ))}
        <g
          className="chart-plot"
          tabIndex={0}
          role="group"
          aria-label={chartText.readValues(label)}
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
        {cursorX !== undefined && (
          <g pointerEvents="none">
            <line x1={x(cursorX)} x2={x(cursorX)} y2={plotH} stroke="var(--color-muted)" />
            {readings.map((r) =>
              isPlottable(r.y, yScale) ? (
                <circle
                  key={r.index}
                  cx={x(cursorX)}
                  cy={y(r.y)}
                  r={4}
                  fill={colors[r.index]}
                  stroke="var(--color-bg)"
                  strokeWidth={1.5}
                />
              ) : null,
            )}
            <Tooltip
              x={x(cursorX)}
              y={anchorY === undefined ? plotH / 2 : y(anchorY)}
              lines={tooltipLines}
              bounds={{ width: plotW, height: plotH }}
            />
          </g>
        )}
      </g>
    </ChartRoot>
  );
}

interface SeriesLayerProps {
  points: readonly ChartPoint[];
  band?: readonly BandPoint[];
  x: ChartScale;
  y: ChartScale;
  yKind: ScaleKind;
  color: string;
  dashed?: boolean;
}

/** One series' band and line; re-renders only when its data or the scales change. */
const SeriesLayer = memo(function SeriesLayer({
  points,
  band,
  x,
  y,
  yKind,
  color,
  dashed,
}: SeriesLayerProps) {
  const line = useMemo(() => linePath(points, x, y, yKind), [points, x, y, yKind]);
  const area = useMemo(() => (band ? bandPath(band, x, y) : ''), [band, x, y]);
  return (
    <g>
      {area && <path d={area} fill={color} fillOpacity={0.18} stroke="none" />}
      <path
        d={line}
        fill="none"
        stroke={color}
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        strokeDasharray={dashed ? '6 4' : undefined}
      />
    </g>
  );
});

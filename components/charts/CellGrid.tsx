'use client';

import { memo, type PointerEvent, type Ref } from 'react';
import { estimateTextWidth } from '@/lib/chart/legendLayout';
import { ChartRoot } from './ChartRoot';
import { Legend, legendHeight } from './Legend';
import { useElementSize } from './useElementSize';
import { usePlotCursor, useSvgId } from './usePlotCursor';
import { useChartText } from './chartText';

/** A fill drawn over a category's colour so categories differ by more than colour. */
export type CellPattern = 'solid' | 'hatch' | 'dots' | 'empty';

export interface CellCategory {
  /** The value used in `rows[].cells`, e.g. "train". */
  key: string;
  /** Legend text, e.g. "training". */
  label: string;
  /** CSS colour; the theme's `--cat-<key>` for train / validation / test / unused. */
  color?: string;
  pattern?: CellPattern;
}

export interface CellGridRow {
  /** Text at the left, e.g. "fold 1". */
  label: string;
  /** One category key per column; a key not in `categories` (or null) leaves the cell blank. */
  cells: readonly (string | null)[];
}

export interface CellGridLabelRow {
  /** Text at the left, e.g. "class" or "group". */
  label: string;
  /** One short value per column, written in the cell. */
  values: readonly (string | number)[];
}

export interface CellGridProps {
  rows: readonly CellGridRow[];
  categories: readonly CellCategory[];
  /** Accessible name, e.g. "5-fold cross-validation: which samples train and which validate in each fold". */
  label: string;
  title?: string;
  /** Rows of text above the grid (class, group) aligned with its columns. */
  labelRows?: readonly CellGridLabelRow[];
  /** Title under the columns, e.g. "sample index". */
  xLabel?: string;
  /** Column numbers under the grid every this many columns (default: about every 40 px). */
  columnTickEvery?: number;
  /** Height of one row in px (default 22). */
  rowHeight?: number;
  /** Hears the row under the hover / keyboard cursor (null when it leaves). */
  onRowFocus?: (row: number | null) => void;
  ref?: Ref<SVGSVGElement>;
}

const DEFAULT_PATTERNS: Record<string, CellPattern> = {
  train: 'solid',
  validation: 'hatch',
  test: 'dots',
  unused: 'empty',
};
const KNOWN = new Set(['train', 'validation', 'test', 'unused']);

/** Rows × columns of categorical cells (e.g. CV folds by sample), with a legend and row cursor. */
export function CellGrid({
  rows,
  categories,
  label,
  title,
  labelRows = [],
  xLabel,
  columnTickEvery,
  rowHeight = 22,
  onRowFocus,
  ref,
}: CellGridProps) {
  const chartText = useChartText();
  const { ref: containerRef, width } = useElementSize<HTMLDivElement>();
  const idBase = useSvgId('cells');
  const cats = categories.map((c) => ({
    ...c,
    color: c.color ?? (KNOWN.has(c.key) ? `var(--cat-${c.key})` : 'var(--color-muted)'),
    pattern: c.pattern ?? DEFAULT_PATTERNS[c.key] ?? 'solid',
  }));
  const patternFill = (p: CellPattern) => (p === 'solid' ? undefined : `url(#${idBase}-${p})`);
  const byKey = new Map(cats.map((c) => [c.key, c]));

  const cols = Math.max(
    0,
    ...rows.map((r) => r.cells.length),
    ...labelRows.map((r) => r.values.length),
  );
  const names = [...rows.map((r) => r.label), ...labelRows.map((r) => r.label)];
  const left = 12 + Math.max(0, ...names.map((n) => estimateTextWidth(n, 12)));
  const legendItems = cats.map((c) => ({
    label: c.label,
    color: c.color,
    shape: 'swatch' as const,
    pattern: patternFill(c.pattern),
  }));
  const legendH = legendHeight(legendItems, Math.max(1, width - left)) + 8;
  const cellW = Math.max(1, (width - left - 8) / Math.max(1, cols));
  const gridTop = legendH + labelRows.length * rowHeight;
  const plotH = rows.length * rowHeight;
  const height = gridTop + plotH + 22 + (xLabel ? 18 : 0);
  const tickEvery = columnTickEvery ?? Math.max(1, niceStep(40 / cellW));

  const { cursor, fromKeyboard, handlers, pointTo } = usePlotCursor(
    { rows: rows.length, cols: 1 },
    { row: 0, col: 0 },
    onRowFocus && ((c) => onRowFocus(c ? c.row : null)),
  );
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const row = Math.floor(
      (event.clientY - event.currentTarget.getBoundingClientRect().top) / rowHeight,
    );
    pointTo(row >= 0 && row < rows.length ? { row, col: 0 } : null);
  };
  const rowSummary = (r: number) => {
    const counts = new Map<string, number>();
    for (const k of rows[r].cells) if (k && byKey.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
    return `${rows[r].label}: ${[...counts].map(([k, n]) => `${n} ${byKey.get(k)!.label}`).join(', ')}`;
  };

  return (
    <ChartRoot
      containerRef={containerRef}
      svgRef={ref}
      label={label}
      title={title}
      width={width}
      height={height}
      announcement={fromKeyboard && cursor ? rowSummary(cursor.row) : ''}
    >
      <defs>
        <pattern
          id={`${idBase}-hatch`}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line y2={6} stroke="var(--color-bg)" strokeWidth={2} />
        </pattern>
        <pattern id={`${idBase}-dots`} width={5} height={5} patternUnits="userSpaceOnUse">
          <circle cx={2.5} cy={2.5} r={1.2} fill="var(--color-bg)" />
        </pattern>
        <pattern id={`${idBase}-empty`} width={4} height={4} patternUnits="userSpaceOnUse">
          <rect width={4} height={4} fill="var(--color-bg)" fillOpacity={0.7} />
        </pattern>
      </defs>
      <g transform={`translate(${left},2)`}>
        <Legend items={legendItems} width={width - left} />
      </g>
      {labelRows.map((lr, i) => (
        <g key={lr.label} transform={`translate(0,${legendH + i * rowHeight})`}>
          <text x={left - 8} y={rowHeight / 2} dy="0.32em" textAnchor="end" fill="var(--color-fg)">
            {lr.label}
          </text>
          {cellW >= 10 &&
            lr.values.map((v, c) => (
              <text
                key={c}
                x={left + (c + 0.5) * cellW}
                y={rowHeight / 2}
                dy="0.32em"
                textAnchor="middle"
                fill="var(--color-muted)"
              >
                {v}
              </text>
            ))}
        </g>
      ))}
      <g transform={`translate(0,${gridTop})`}>
        {rows.map((r, i) => (
          <text
            key={i}
            x={left - 8}
            y={(i + 0.5) * rowHeight}
            dy="0.32em"
            textAnchor="end"
            fill="var(--color-fg)"
            fontWeight={cursor?.row === i ? 700 : 400}
          >
            {r.label}
          </text>
        ))}
        <g transform={`translate(${left},0)`}>
          <GridCells
            rows={rows}
            byKey={byKey}
            cellW={cellW}
            rowHeight={rowHeight}
            patternFill={patternFill}
          />
          {Array.from({ length: Math.ceil(cols / tickEvery) }, (_, k) => k * tickEvery).map((c) => (
            <text
              key={c}
              x={(c + 0.5) * cellW}
              y={plotH + 14}
              textAnchor="middle"
              fill="var(--color-muted)"
            >
              {c}
            </text>
          ))}
          {xLabel && (
            <text x={(cols * cellW) / 2} y={plotH + 32} textAnchor="middle" fill="var(--color-fg)">
              {xLabel}
            </text>
          )}
          <g
            className="chart-plot"
            tabIndex={0}
            role="group"
            aria-label={chartText.readRows(label)}
            {...handlers}
          >
            <rect
              className="chart-focus-ring"
              width={cols * cellW}
              height={plotH}
              fill="transparent"
              onPointerMove={onPointerMove}
            />
          </g>
          {cursor && (
            <rect
              y={cursor.row * rowHeight}
              width={cols * cellW}
              height={rowHeight}
              fill="none"
              stroke="var(--color-fg)"
              strokeWidth={2}
              pointerEvents="none"
            />
          )}
        </g>
      </g>
    </ChartRoot>
  );
}

interface GridCellsProps {
  rows: readonly CellGridRow[];
  byKey: Map<string, { color: string; pattern: CellPattern }>;
  cellW: number;
  rowHeight: number;
  patternFill: (p: CellPattern) => string | undefined;
}

const GridCells = memo(function GridCells({
  rows,
  byKey,
  cellW,
  rowHeight,
  patternFill,
}: GridCellsProps) {
  return (
    <g>
      {rows.map((r, i) =>
        r.cells.map((key, c) => {
          const cat = key === null ? undefined : byKey.get(key);
          if (!cat) return null;
          const over = patternFill(cat.pattern);
          const box = { x: c * cellW, y: i * rowHeight + 1, width: cellW, height: rowHeight - 2 };
          return (
            <g key={`${i}-${c}`}>
              <rect
                {...box}
                fill={cat.color}
                stroke="var(--color-bg)"
                strokeWidth={cellW > 6 ? 1 : 0}
              />
              {over && <rect {...box} fill={over} />}
            </g>
          );
        }),
      )}
    </g>
  );
});

/** 1, 2, 5, 10, 20, 50, … : the smallest such step at least `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
}

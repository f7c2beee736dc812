import type { BandPoint } from './bandPath';
import type { ChartPoint } from './linePath';
import type { TableCell } from './toCsv';

export interface TableSeries {
  label: string;
  points: readonly ChartPoint[];
  band?: readonly BandPoint[];
}

export interface DataTableModel {
  columns: string[];
  rows: TableCell[][];
}

/**
 * The "show data" table of a line chart: one row per distinct x (ascending,
 * the union over all series), one column per series (plus "<label> min" and
 * "<label> max" columns for a series with a band). A series without a value at
 * that x leaves its cell empty.
 */
export function seriesTable(series: readonly TableSeries[], xLabel = 'x'): DataTableModel {
  const columns = [xLabel];
  const lookups: Map<number, TableCell>[] = [];
  const xs = new Set<number>();
  const addColumn = (name: string, entries: Iterable<[number, TableCell]>) => {
    const map = new Map<number, TableCell>();
    for (const [x, v] of entries) {
      map.set(x, v);
      xs.add(x);
    }
    columns.push(name);
    lookups.push(map);
  };
  for (const s of series) {
    addColumn(
      s.label,
      s.points.map((p) => [p.x, p.y]),
    );
    if (s.band) {
      addColumn(
        `${s.label} min`,
        s.band.map((b) => [b.x, b.lo]),
      );
      addColumn(
        `${s.label} max`,
        s.band.map((b) => [b.x, b.hi]),
      );
    }
  }
  const sorted = [...xs].sort((a, b) => a - b);
  return { columns, rows: sorted.map((x) => [x, ...lookups.map((m) => m.get(x) ?? null)]) };
}

/** Rows of a matrix (heatmap) as a table: a row label column, then one column per matrix column. */
export function matrixTable(
  matrix: readonly (readonly number[])[],
  rowLabels: readonly string[],
  colLabels: readonly string[],
  corner = '',
): DataTableModel {
  return {
    columns: [corner, ...colLabels],
    rows: matrix.map((row, i) => [rowLabels[i] ?? String(i), ...row]),
  };
}

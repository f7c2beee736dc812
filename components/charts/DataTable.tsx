'use client';
import { useState } from 'react';
import type { TableCell } from '@/lib/chart/toCsv';
import { chartText } from './chartText';

export interface DataTableProps {
  /** What the table holds, e.g. "Loss after each step". */
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly TableCell[])[];
  /** How numbers are written; full precision (`String`) by default, as PyTorch would print them to a file. */
  format?: (value: number) => string;
  /** Label of the disclosure; default "Show data" (from the string table). */
  summary?: string;
  /** Show only the last rows when there are more (a long training run); all rows by default. */
  maxRows?: number;
}

/** The "show data" table behind a chart: a closed `<details>` holding a captioned `<table>`. */
export function DataTable({ caption, columns, rows, format = String, summary = chartText.showData, maxRows }: DataTableProps) {
  // The table is built only while open: a training widget re-renders every frame.
  const [open, setOpen] = useState(false);
  const shown = maxRows !== undefined && rows.length > maxRows ? rows.slice(rows.length - maxRows) : rows;
  const cell = (v: TableCell) => (v === null || v === undefined ? '' : typeof v === 'number' ? format(v) : v);
  return (
    <details className="chart-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <div className="chart-data-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>
            {caption}
            {shown.length < rows.length ? chartText.lastRows(shown.length, rows.length) : ''}
          </caption>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => (
              <tr key={r}>
                {row.map((v, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell(v)}
                    </th>
                  ) : (
                    <td key={c}>{cell(v)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>}
    </details>
  );
}

'use client';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { csvName } from '@/lib/chart/csvName';
import { toCsv, type TableCell } from '@/lib/chart/toCsv';
import { downloadBlob } from './exportChart';
import { useChartText } from './chartText';

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
export function DataTable({
  caption,
  columns,
  rows,
  format = String,
  summary,
  maxRows,
}: DataTableProps) {
  const chartText = useChartText();
  // The table is built only while open: a training widget re-renders every frame.
  const [open, setOpen] = useState(false);
  // A printed page shows every table: render it before the browser lays out the print.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  const saveCsv = () =>
    downloadBlob(
      new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }),
      `${csvName(caption)}.csv`,
    );
  const shown =
    maxRows !== undefined && rows.length > maxRows ? rows.slice(rows.length - maxRows) : rows;
  const cell = (v: TableCell) =>
    v === null || v === undefined ? '' : typeof v === 'number' ? format(v) : v;
  return (
    <div className="chart-data-row">
      <details
        className="chart-data"
        open={printing || undefined}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>{summary ?? chartText.showData}</summary>
        {(open || printing) && (
          <div className="chart-data-scroll" tabIndex={0} role="region" aria-label={caption}>
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
          </div>
        )}
      </details>
      <button
        type="button"
        className="csv-button"
        onClick={saveCsv}
        aria-label={chartText.saveCsvLabel(caption)}
      >
        {chartText.saveCsv}
      </button>
    </div>
  );
}

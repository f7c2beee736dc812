import { CsvError, type CsvTable } from './parseCsv';

/** Rows the K-fold widget accepts; larger tables are refused with this number in the message. */
export const MAX_ROWS = 20_000;

/** Features and target ready for a model: a classification (target as class indices) or a regression. */
export interface NumericTable {
  x: Float64Array;
  y: Float64Array;
  n: number;
  d: number;
  featureNames: string[];
  task: 'classification' | 'regression';
  /** Class names for classification (the target's distinct values, sorted). */
  classNames: string[];
  /** Text columns left out of the features. */
  ignored: string[];
}

const isNumber = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));

/**
 * Columns whose first value is a number are features; their other values must
 * be numbers too (an error names the line and column). Text columns are left
 * out. The target is a classification when it is text or takes at most
 * `maxClasses` distinct integer values, else a regression.
 */
export function numericTable(table: CsvTable, target: string, maxClasses = 20): NumericTable {
  const t = table.header.indexOf(target);
  if (t < 0) throw new CsvError({ kind: 'noColumn', column: target });
  if (table.rows.length > MAX_ROWS)
    throw new CsvError({ kind: 'tooManyRows', rows: table.rows.length, limit: MAX_ROWS });
  const features: number[] = [];
  const ignored: string[] = [];
  table.header.forEach((name, c) => {
    if (c === t) return;
    if (isNumber(table.rows[0][c])) features.push(c);
    else ignored.push(name);
  });
  if (features.length === 0) throw new CsvError({ kind: 'noFeatures' });
  const n = table.rows.length,
    d = features.length;
  const x = new Float64Array(n * d);
  table.rows.forEach((row, r) =>
    features.forEach((c, j) => {
      if (!isNumber(row[c])) {
        throw new CsvError({
          kind: 'notNumber',
          line: table.lines[r],
          column: table.header[c],
          value: row[c],
        });
      }
      x[r * d + j] = Number(row[c]);
    }),
  );
  const raw = table.rows.map((row) => row[t].trim());
  const missing = raw.findIndex((v) => v === '');
  if (missing >= 0)
    throw new CsvError({ kind: 'targetMissing', line: table.lines[missing], column: target });
  const distinct = [...new Set(raw)];
  const numeric = raw.every(isNumber);
  const classification =
    !numeric || (distinct.length <= maxClasses && raw.every((v) => Number.isInteger(Number(v))));
  if (classification && distinct.length < 2)
    throw new CsvError({ kind: 'oneValue', column: target });
  const classNames = classification
    ? distinct.sort(numeric ? (a, b) => Number(a) - Number(b) : undefined)
    : [];
  const index = new Map(classNames.map((c, i) => [c, i]));
  const y = Float64Array.from(raw, (v) => (classification ? index.get(v)! : Number(v)));
  return {
    x,
    y,
    n,
    d,
    featureNames: features.map((c) => table.header[c]),
    task: classification ? 'classification' : 'regression',
    classNames,
    ignored,
  };
}

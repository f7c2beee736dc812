import type { Dataset } from '../training/data/dataset';

/** Quotes a CSV field when RFC 4180 requires it (a comma, quote or line break inside). */
const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A shipped data set as CSV text: its feature columns, then a `target` column holding class names. */
export function datasetCsv(
  data: Pick<Dataset, 'x' | 'y' | 'n' | 'd' | 'featureNames' | 'classNames'>,
  target = 'species',
): string {
  const lines = [[...data.featureNames, target].map(field).join(',')];
  for (let r = 0; r < data.n; r++) {
    const values = Array.from(data.x.subarray(r * data.d, (r + 1) * data.d), (v) =>
      String(Number(v.toPrecision(6))),
    );
    lines.push([...values, field(data.classNames[data.y[r]])].join(','));
  }
  return lines.join('\n') + '\n';
}

/** One cell of a data table: a number, a string, or empty. */
export type TableCell = number | string | null | undefined;

/**
 * CSV text per RFC 4180: fields separated by commas, records by CRLF, a field
 * quoted when it holds a comma, a double quote, CR or LF, and a quote inside a
 * quoted field doubled. Numbers keep full precision (`String(x)`, so NaN stays
 * "NaN"); null and undefined become empty fields. The header comes first.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(cell: TableCell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

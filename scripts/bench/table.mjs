// Plain-text tables for the bench's summary: one column per field, numbers right-aligned.
export function table(title, columns, rows) {
  if (!rows.length) return `${title}: nothing measured\n`;
  const cells = rows.map((r) => r.map((v) => (v === null || v === undefined ? '–' : String(v))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const numeric = columns.map((_, i) => cells.every((r) => /^[-–\d.,%× ]+$/.test(r[i])));
  const line = (r) =>
    r
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [
    title,
    line(columns),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map(line),
    '',
  ].join('\n');
}

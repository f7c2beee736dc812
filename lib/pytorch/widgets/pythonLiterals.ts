/**
 * A number as Python's repr writes it, near enough: integers bare, others in the shortest
 * round-trip form, small magnitudes as `1e-05` (Python switches to the exponent below 1e-4).
 */
export function pyNumber(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (!Number.isFinite(v)) return v > 0 ? "float('inf')" : "-float('inf')";
  if (v !== 0 && Math.abs(v) < 1e-4) return v.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  return String(v);
}

/** `[a, b, c]` of numbers. */
export function pyList(values: readonly number[]): string {
  return `[${values.map(pyNumber).join(', ')}]`;
}

/** A matrix as nested Python lists, one row per line when it is taller than one row. */
export function pyRows(rows: readonly (readonly number[])[], indent = ''): string {
  if (rows.length <= 1) return `[${rows.map(pyList).join(', ')}]`;
  return `[\n${rows.map((r) => `${indent}    ${pyList(r)},`).join('\n')}\n${indent}]`;
}

/** Numbers typed as text (commas, spaces, semicolons or new lines between them); a token that is no number is kept as typed. */
export function typedNumbers(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter((p) => p !== '')
    .map((p) => (Number.isFinite(Number(p)) ? pyNumber(Number(p)) : p));
}

/** Numbers typed as text, separated by commas, spaces, semicolons or new lines; null if any is not a number. */
export function parseNumbers(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  const values = parts.map(Number);
  return values.every((v) => Number.isFinite(v)) ? values : null;
}

/** A shape typed as text: 1 to 4 positive sizes. */
export function parseShape(text: string): number[] | null {
  const values = parseNumbers(text);
  if (!values || values.length < 1 || values.length > 4) return null;
  return values.every((v) => Number.isInteger(v) && v >= 0 && v <= 64) ? values : null;
}

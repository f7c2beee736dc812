/** A storage's or gradient's numbers in a short line: up to `max` of them to 4 decimals, then "…". */
export function shortValues(values: readonly number[], max: number): string {
  const fmt = (v: number) => (Number.isInteger(v) ? `${v}.` : Number(v.toFixed(4)).toString());
  const head = values.slice(0, max).map(fmt).join(', ');
  return `[${head}${values.length > max ? ', …' : ''}]`;
}

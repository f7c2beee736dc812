/**
 * A control never shows a value other than the state's. A shared link may carry
 * any value the props schema allows (batch size 256 where the select offers
 * 16-128); a `<select>` without that option would show its first one ("16")
 * while the widget trains with 256, and a range input would pin its thumb to an
 * end. So a select gains the state's value as an extra option, and a slider's
 * range widens to include it.
 */
export function optionsShowing(
  options: readonly (readonly [string, string])[],
  value: string,
): [string, string][] {
  const all = options.map(([v, text]): [string, string] => [v, text]);
  return all.some(([v]) => v === value) ? all : [...all, [value, value]];
}

/** A slider's [min, max], widened to include `value`. */
export function rangeCovering(min: number, max: number, value: number): [number, number] {
  if (!Number.isFinite(value)) return [min, max];
  return [Math.min(min, value), Math.max(max, value)];
}

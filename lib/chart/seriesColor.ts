/** Number of series colours the theme defines (`--series-1` … `--series-6`). */
export const SERIES_COLOR_COUNT = 6;

/** CSS colour of the i-th series (0-based), cycling through the theme's palette. */
export function seriesColor(index: number): string {
  const n = ((Math.trunc(index) % SERIES_COLOR_COUNT) + SERIES_COLOR_COUNT) % SERIES_COLOR_COUNT;
  return `var(--series-${n + 1})`;
}

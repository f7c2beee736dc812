export interface Cursor {
  row: number;
  col: number;
}

/** How many cells PageUp / PageDown jump. */
export const PAGE_STEP = 10;

/**
 * The keyboard cursor of a chart after a key press, on a grid of `rows` × `cols`
 * (a line chart is 1 × n points, a fold grid n × 1 rows): arrows move one cell,
 * Home / End jump to the first / last cell of the row (of the column when the
 * grid is one column wide), PageUp / PageDown move ±10 along the longer axis.
 * Clamped to the grid. Returns `undefined` for keys the chart does not use, so
 * the caller leaves them (Tab, Escape, ...) to the browser.
 */
export function moveCursor(
  key: string,
  cursor: Cursor,
  size: { rows: number; cols: number },
): Cursor | undefined {
  const { rows, cols } = size;
  if (rows <= 0 || cols <= 0) return undefined;
  const vertical = cols === 1 && rows > 1;
  let { row, col } = cursor;
  switch (key) {
    case 'ArrowLeft':
      col -= 1;
      break;
    case 'ArrowRight':
      col += 1;
      break;
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowDown':
      row += 1;
      break;
    case 'Home':
      if (vertical) row = 0;
      else col = 0;
      break;
    case 'End':
      if (vertical) row = rows - 1;
      else col = cols - 1;
      break;
    case 'PageUp':
      if (vertical) row -= PAGE_STEP;
      else col -= PAGE_STEP;
      break;
    case 'PageDown':
      if (vertical) row += PAGE_STEP;
      else col += PAGE_STEP;
      break;
    default:
      return undefined;
  }
  return { row: clamp(row, 0, rows - 1), col: clamp(col, 0, cols - 1) };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

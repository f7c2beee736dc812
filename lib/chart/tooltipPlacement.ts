export interface Box {
  width: number;
  height: number;
}

/**
 * Top-left corner of a tooltip of `size` next to an anchor point: to the right
 * of and above the anchor by `offset`, flipped to the left when it would pass the
 * right edge of `bounds`, then pushed inside the bounds on both axes.
 */
export function tooltipPlacement(
  anchor: { x: number; y: number },
  size: Box,
  bounds: Box,
  offset = 12,
): { x: number; y: number } {
  let x = anchor.x + offset;
  if (x + size.width > bounds.width) x = anchor.x - offset - size.width;
  let y = anchor.y - offset - size.height;
  if (y < 0) y = anchor.y + offset;
  return {
    x: clamp(x, 0, Math.max(0, bounds.width - size.width)),
    y: clamp(y, 0, Math.max(0, bounds.height - size.height)),
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

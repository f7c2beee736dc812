import { bisectCenter } from 'd3-array';

/**
 * Index of the value in ascending `xs` closest to `x` (d3-array `bisectCenter`);
 * -1 when `xs` is empty. Used to snap a pointer position to the nearest point.
 */
export function nearestIndex(xs: readonly number[], x: number): number {
  if (xs.length === 0) return -1;
  return Math.min(xs.length - 1, Math.max(0, bisectCenter(xs as number[], x)));
}

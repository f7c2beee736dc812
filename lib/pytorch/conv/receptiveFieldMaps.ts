/** Inclusive input range `[lo, hi]` of one output index in one dimension (from `inputRange`). */
type Range = readonly [number, number];

/**
 * For each output pixel, the share of its theoretical receptive field `[lo, hi]²` that lies
 * on the input rather than in the zero padding (1 in the middle, less near the border).
 */
export function receptiveFieldInsideShare(
  rowRanges: readonly Range[],
  colRanges: readonly Range[],
  inputHW: readonly [number, number],
): number[][] {
  const inside = ([lo, hi]: readonly [number, number], n: number) =>
    (Math.min(hi, n - 1) - Math.max(lo, 0) + 1) / (hi - lo + 1);
  return rowRanges.map((r) =>
    colRanges.map((c) => Math.max(0, inside(r, inputHW[0])) * Math.max(0, inside(c, inputHW[1]))),
  );
}

/**
 * For each input pixel, how many output pixels have it inside their theoretical receptive
 * field: `count_rows[y] · count_cols[x]`. Pixels near the border are seen by fewer outputs.
 */
export function receptiveFieldCoverage(
  rowRanges: readonly Range[],
  colRanges: readonly Range[],
  inputHW: readonly [number, number],
): number[][] {
  const counts = (ranges: readonly Range[], n: number) =>
    Array.from({ length: n }, (_, i) => ranges.filter(([lo, hi]) => lo <= i && i <= hi).length);
  const rows = counts(rowRanges, inputHW[0]);
  const cols = counts(colRanges, inputHW[1]);
  return rows.map((r) => cols.map((c) => r * c));
}

/**
 * Vertical positions for labels wanted at `ys` (e.g. at the ends of lines), moved
 * apart so neighbours are at least `minGap` px apart and kept inside [lo, hi]
 * where there is room. Labels keep their order; each moves as little as a
 * simple top-down then bottom-up sweep allows. Returns positions in input order.
 */
export function spreadLabels(
  ys: readonly number[],
  minGap: number,
  lo: number,
  hi: number,
): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++) {
    placed[k] = Math.max(placed[k], k === 0 ? lo : placed[k - 1] + minGap);
  }
  for (let k = placed.length - 1; k >= 0; k--) {
    const ceiling = k === placed.length - 1 ? hi : placed[k + 1] - minGap;
    placed[k] = Math.min(placed[k], ceiling);
  }
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]));
  return out;
}

/**
 * ATen 1.13's `RowwiseMoments` (native/cpu/moments_utils.h): the mean and biased variance
 * of one row by Welford's algorithm over AVX2 vectors (8 float or 4 double lanes), chunks
 * of 16 vectors merged through a cascade of depth ceil(log2(chunks)), the scalar tail by
 * plain Welford, then the lanes merged into it. Every step rounds to the row's dtype
 * (`round`: Math.fround for float32, identity for float64), with no fused multiply-add.
 */
export function rowwiseMoments(
  x: ArrayLike<number>,
  start: number,
  count: number,
  lanes: number,
  round: (v: number) => number,
): { mean: number; variance: number } {
  const r = round;
  const chunk = 16;
  const n = Math.floor(count / lanes);
  const m = Math.ceil(n / chunk);
  const depth = m <= 2 ? 1 : Math.ceil(Math.log2(m));
  const m0s = new Array<number>(depth).fill(0);
  const m1s = Array.from({ length: depth }, () => new Float64Array(lanes));
  const m2s = Array.from({ length: depth }, () => new Float64Array(lanes));
  // AddMomentsVec: merge (count0, m1, m2) into level j of the stack.
  const merge = (count0: number, m1: Float64Array, m2: Float64Array, j: number) => {
    const total = count0 + m0s[j];
    const c = total === 0 ? 0 : r(count0 / total);
    for (let k = 0; k < lanes; k++) {
      const delta = r(m1[k] - m1s[j][k]);
      m1s[j][k] = r(m1s[j][k] + r(c * delta));
      m2s[j][k] = r(m2s[j][k] + r(m2[k] + r(r(r(delta * delta) * c) * m0s[j])));
    }
    m0s[j] = total;
  };
  for (let i = 0; i < m; i++) {
    const rows = Math.min(chunk, n - i * chunk);
    const m1 = new Float64Array(lanes);
    const m2 = new Float64Array(lanes);
    for (let j = 0; j < rows; j++) {
      const c = r(1 / (j + 1));
      const base = start + (i * chunk + j) * lanes;
      for (let k = 0; k < lanes; k++) {
        const v = x[base + k];
        const delta = r(v - m1[k]);
        m1[k] = r(m1[k] + r(delta * c));
        m2[k] = r(m2[k] + r(delta * r(v - m1[k])));
      }
    }
    merge(rows, m1, m2, 0);
    let mask = i + 1;
    for (let j = 1; j < depth && (mask & 1) === 0; j++) {
      merge(m0s[j - 1], m1s[j - 1], m2s[j - 1], j);
      m0s[j - 1] = 0;
      m1s[j - 1].fill(0);
      m2s[j - 1].fill(0);
      mask >>= 1;
    }
  }
  for (let j = 1; j < depth; j++) merge(m0s[j], m1s[j], m2s[j], 0);
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  for (let i = n * lanes; i < count; i++) {
    const v = x[start + i];
    const delta = r(v - m1);
    m0++;
    m1 = r(m1 + r(delta / m0));
    m2 = r(m2 + r(delta * r(v - m1)));
  }
  // AddMoments: each lane (n values) merged into the tail's moments.
  for (let k = 0; k < lanes; k++) {
    const total = m0 + n;
    const c = total === 0 ? 0 : r(n / total);
    const delta = r(m1s[0][k] - m1);
    m1 = r(m1 + r(c * delta));
    m2 = r(m2 + r(m2s[0][k] + r(r(r(delta * delta) * c) * m0)));
    m0 = total;
  }
  return { mean: m1, variance: r(m2 / count) };
}

/**
 * ATen 1.13's sum over a contiguous run (SumKernel.cpp, cascade_sum's vectorized_inner_sum
 * on AVX2), in the dtype's own precision (acc_type<float, true> is float): the run is read
 * as vectors of 4 doubles or 8 floats; the vectors are summed four at a time (ilp_factor 4)
 * through multi_row_sum's four-level cascade; the vector partials are combined, the scalar
 * tail summed from zero, then the lanes added to it in order. The order of the additions
 * is what decides the last bits of a sum.
 */
export type SumPrecision = 'float64' | 'float32';
const ILP = 4;
const LEVELS = 4;

const ceilLog2 = (x: number) => (x <= 1 ? 0 : Math.ceil(Math.log2(x)));

/**
 * multi_row_sum over `size` rows of `width` values each (`rowStride` apart, the values of a
 * row `step` apart), every column its own four-level cascade; returns the `width` sums.
 */
function multiRowSum(
  vals: ArrayLike<number>,
  start: number,
  size: number,
  width: number,
  r: (x: number) => number,
  rowStride = width,
  step = 1,
): Float64Array {
  const levelPower = Math.max(4, Math.floor(ceilLog2(size) / LEVELS));
  const levelStep = 2 ** levelPower;
  const levelMask = levelStep - 1;
  const acc = Array.from({ length: LEVELS }, () => new Float64Array(width));
  const addRow = (i: number) => {
    const base = start + i * rowStride;
    for (let k = 0; k < width; k++) acc[0][k] = r(acc[0][k] + vals[base + k * step]);
  };
  let i = 0;
  while (i + levelStep <= size) {
    for (let j = 0; j < levelStep; j++, i++) addRow(i);
    for (let j = 1; j < LEVELS; j++) {
      for (let k = 0; k < width; k++) {
        acc[j][k] = r(acc[j][k] + acc[j - 1][k]);
        acc[j - 1][k] = 0;
      }
      // The mask can pass 2^31, so it is tested arithmetically rather than with `&`.
      const unit = 2 ** (j * levelPower);
      if (Math.floor(i / unit) % (levelMask + 1) !== 0) break;
    }
  }
  for (; i < size; i++) addRow(i);
  for (let j = 1; j < LEVELS; j++)
    for (let k = 0; k < width; k++) acc[0][k] = r(acc[0][k] + acc[j][k]);
  return acc[0];
}

const lanesOf = (p: SumPrecision) => (p === 'float64' ? 4 : 8);
const roundingOf = (p: SumPrecision) => (p === 'float64' ? (x: number) => x : Math.fround);

/** row_sum over single values `step` apart: four interleaved partial sums, then combined. */
function rowSum(
  vals: ArrayLike<number>,
  start: number,
  n: number,
  step: number,
  r: (x: number) => number,
): number {
  const rows = Math.floor(n / ILP);
  const part = multiRowSum(vals, start, rows, ILP, r, ILP * step, step);
  for (let k = rows * ILP; k < n; k++) part[0] = r(part[0] + vals[start + k * step]);
  return part.slice(1).reduce((acc, p) => r(acc + p), part[0]);
}

/** The sum of vals[start .. start + n) in ATen's order and precision. */
export function cascadeSum(
  vals: ArrayLike<number>,
  start: number,
  n: number,
  precision: SumPrecision = 'float64',
): number {
  const LANES = lanesOf(precision);
  const r = roundingOf(precision);
  // A run shorter than one vector takes scalar_inner_sum.
  if (n < LANES) return rowSum(vals, start, n, 1, r);
  const vecSize = Math.floor(n / LANES);
  const sizeIlp = Math.floor(vecSize / ILP);
  const partial = multiRowSum(vals, start, sizeIlp, ILP * LANES, r);
  const first = partial.slice(0, LANES);
  for (let v = sizeIlp * ILP; v < vecSize; v++)
    for (let l = 0; l < LANES; l++) first[l] = r(first[l] + vals[start + v * LANES + l]);
  for (let p = 1; p < ILP; p++)
    for (let l = 0; l < LANES; l++) first[l] = r(first[l] + partial[p * LANES + l]);
  let total = 0;
  for (let k = vecSize * LANES; k < n; k++) total = r(total + vals[start + k]);
  for (let l = 0; l < LANES; l++) total = r(total + first[l]);
  return total;
}

/**
 * The column sums of a contiguous (size0 x size1) block, reducing its leading rows
 * (vectorized_outer_sum, or scalar_outer_sum below one vector of columns): columns taken
 * 4 vectors (or 4 values) at a time each get multi_row_sum's cascade down the rows; the
 * columns left over get row_sum's four interleaved partial sums.
 */
export function outerSums(
  vals: ArrayLike<number>,
  size0: number,
  size1: number,
  precision: SumPrecision,
): Float64Array {
  const LANES = lanesOf(precision);
  const r = roundingOf(precision);
  const group = size1 >= LANES ? ILP * LANES : ILP;
  const out = new Float64Array(size1);
  let j = 0;
  for (; j + group <= size1; j += group) out.set(multiRowSum(vals, j, size0, group, r, size1), j);
  for (; j < size1; j++) out[j] = rowSum(vals, j, size0, size1, r);
  return out;
}

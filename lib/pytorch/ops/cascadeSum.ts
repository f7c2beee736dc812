/**
 * ATen 1.13's float64 sum over a contiguous run (SumKernel.cpp, vectorized_inner_sum on
 * AVX2): the run is read as 4-lane vectors; the vectors are summed four at a time
 * (ilp_factor 4) through multi_row_sum's four-level cascade; the vector partials are
 * combined, the scalar tail summed from zero, then the four lanes added to it in order.
 * The order of the additions is what decides the last bits of a float64 sum.
 */
const LANES = 4;
const ILP = 4;
const LEVELS = 4;

const ceilLog2 = (x: number) => (x <= 1 ? 0 : Math.ceil(Math.log2(x)));

/** multi_row_sum over `size` rows of ILP vectors each; returns ILP vectors of LANES lanes. */
function multiRowSum(vals: ArrayLike<number>, start: number, size: number): Float64Array[] {
  const levelPower = Math.max(4, Math.floor(ceilLog2(size) / LEVELS));
  const levelStep = 2 ** levelPower;
  const levelMask = levelStep - 1;
  const acc = Array.from({ length: LEVELS }, () => new Float64Array(ILP * LANES));
  const addRow = (i: number) => {
    const base = start + i * ILP * LANES;
    for (let k = 0; k < ILP * LANES; k++) acc[0][k] += vals[base + k];
  };
  let i = 0;
  while (i + levelStep <= size) {
    for (let j = 0; j < levelStep; j++, i++) addRow(i);
    for (let j = 1; j < LEVELS; j++) {
      for (let k = 0; k < ILP * LANES; k++) {
        acc[j][k] += acc[j - 1][k];
        acc[j - 1][k] = 0;
      }
      // The mask can pass 2^31, so it is tested arithmetically rather than with `&`.
      const unit = 2 ** (j * levelPower);
      if (Math.floor(i / unit) % (levelMask + 1) !== 0) break;
    }
  }
  for (; i < size; i++) addRow(i);
  for (let j = 1; j < LEVELS; j++) for (let k = 0; k < ILP * LANES; k++) acc[0][k] += acc[j][k];
  return Array.from({ length: ILP }, (_, r) => acc[0].subarray(r * LANES, (r + 1) * LANES));
}

/** The float64 sum of vals[start .. start + n) in ATen's order. */
export function cascadeSum(vals: ArrayLike<number>, start: number, n: number): number {
  const vecSize = Math.floor(n / LANES);
  const sizeIlp = Math.floor(vecSize / ILP);
  const partial = multiRowSum(vals, start, sizeIlp);
  const first = Float64Array.from(partial[0]);
  for (let v = sizeIlp * ILP; v < vecSize; v++)
    for (let l = 0; l < LANES; l++) first[l] += vals[start + v * LANES + l];
  for (let r = 1; r < ILP; r++) for (let l = 0; l < LANES; l++) first[l] += partial[r][l];
  let total = 0;
  for (let k = vecSize * LANES; k < n; k++) total += vals[start + k];
  for (let l = 0; l < LANES; l++) total += first[l];
  return total;
}

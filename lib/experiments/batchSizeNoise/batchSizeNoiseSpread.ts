import type { Random } from '../../random/seeded';

export interface BatchStatisticSpread {
  batchSizes: number[];
  /** standard deviation, over the drawn minibatches, of the batch mean μ_B */
  meanSpread: number[];
  /** standard deviation of the biased batch variance σ_B² = (1/m) Σ (x − μ_B)² */
  varianceSpread: number[];
  /** the population's own mean and standard deviation (1/N) */
  populationMean: number;
  populationStd: number;
}

/**
 * How much one unit's batch statistics scatter across minibatches: for each
 * batch size m, `draws` minibatches of m distinct values are sampled from
 * `values` (as a shuffled data loader does), and the standard deviations of
 * their means and biased variances are measured. For sampling without
 * replacement the mean's spread is σ/√m · √((N − m)/(N − 1)) (Cochran,
 * Sampling Techniques, §2.5): about 1/√m while m ≪ N.
 */
export function batchStatisticSpread(
  values: ArrayLike<number>,
  batchSizes: readonly number[],
  draws: number,
  random: Random,
): BatchStatisticSpread {
  const n = values.length;
  let popMean = 0;
  for (let i = 0; i < n; i++) popMean += values[i];
  popMean /= n;
  let popVar = 0;
  for (let i = 0; i < n; i++) popVar += (values[i] - popMean) ** 2;
  popVar /= n;
  const index = Array.from({ length: n }, (_, i) => i);
  const sizes = batchSizes.filter((m) => m >= 1 && m <= n);
  const meanSpread: number[] = [];
  const varianceSpread: number[] = [];
  const batch = new Float64Array(n);
  for (const m of sizes) {
    const means = new Float64Array(draws);
    const vars = new Float64Array(draws);
    for (let d = 0; d < draws; d++) {
      // Partial Fisher–Yates: the first m entries become a uniform sample without replacement.
      for (let i = 0; i < m; i++) {
        const j = i + random.int(n - i);
        [index[i], index[j]] = [index[j], index[i]];
        batch[i] = values[index[i]];
      }
      let mu = 0;
      for (let i = 0; i < m; i++) mu += batch[i];
      mu /= m;
      let v = 0;
      for (let i = 0; i < m; i++) v += (batch[i] - mu) ** 2;
      means[d] = mu;
      vars[d] = v / m;
    }
    meanSpread.push(std(means));
    varianceSpread.push(std(vars));
  }
  return {
    batchSizes: sizes,
    meanSpread,
    varianceSpread,
    populationMean: popMean,
    populationStd: Math.sqrt(popVar),
  };
}

/** Sample standard deviation (1/(n − 1)). */
function std(a: Float64Array): number {
  let mean = 0;
  for (const v of a) mean += v;
  mean /= a.length;
  let s = 0;
  for (const v of a) s += (v - mean) ** 2;
  return Math.sqrt(s / Math.max(1, a.length - 1));
}

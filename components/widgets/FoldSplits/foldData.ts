import { seededRandom } from '@/lib/random/seeded';

/**
 * The small data set the splits are drawn on, after scikit-learn's
 * plot_cv_indices example: three classes in sorted blocks of about 10%, 30%
 * and 60% (imbalanced, as in the example), and groups of uneven size in order
 * (several rows from one patient or one day), the group sizes drawn from a
 * fixed seed.
 */
export function foldData(n: number): { y: number[]; groups: number[] } {
  const cut1 = Math.max(1, Math.round(n * 0.1));
  const cut2 = Math.max(cut1 + 1, Math.round(n * 0.4));
  const y = Array.from({ length: n }, (_, i) => (i < cut1 ? 0 : i < cut2 ? 1 : 2));
  const random = seededRandom(12);
  const groups: number[] = [];
  let g = 0;
  while (groups.length < n) {
    const size = 1 + random.int(Math.max(2, Math.round(n / 6)));
    for (let i = 0; i < size && groups.length < n; i++) groups.push(g);
    g++;
  }
  return { y, groups };
}

/** Indices as compact ranges: [0,1,2,5,7,8] → "0–2, 5, 7–8". */
export function indexRanges(indices: readonly number[]): string {
  const sorted = [...indices].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

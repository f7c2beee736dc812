/** A labelled classification data set, row-major features. */
export interface Dataset {
  name: string;
  /** n x d features, row-major. */
  x: Float32Array;
  /** n class labels 0..classes-1. */
  y: Int32Array;
  n: number;
  d: number;
  classes: number;
  classNames: readonly string[];
  featureNames: readonly string[];
}

/** Rows `indices` of `data` as a new data set (order kept). */
export function subset(data: Dataset, indices: readonly number[]): Dataset {
  const x = new Float32Array(indices.length * data.d);
  const y = new Int32Array(indices.length);
  indices.forEach((row, i) => {
    x.set(data.x.subarray(row * data.d, (row + 1) * data.d), i * data.d);
    y[i] = data.y[row];
  });
  return { ...data, x, y, n: indices.length };
}

/** Per-class counts, for stratification checks and captions. */
export function classCounts(data: Pick<Dataset, 'y' | 'classes'>): number[] {
  const counts = new Array<number>(data.classes).fill(0);
  for (const label of data.y) counts[label]++;
  return counts;
}

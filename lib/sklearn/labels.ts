import { isPyFloat, pyFloatRepr, type PyFloat } from './pyValues';

/** One class label or group id: a number, a string, or an explicit Python float. */
export type Label = number | string | PyFloat;
/** A 1-D list of labels, or a 2-D list (one row per sample). */
export type Labels = readonly Label[] | readonly (readonly Label[])[];

/**
 * `np.asarray(y)` for a list of labels: numpy's common dtype ('i' int, 'f' float,
 * 'U' str: any string turns every element into its `str`), its shape and the
 * elements in row-major order.
 */
export interface LabelArray {
  kind: 'i' | 'f' | 'U';
  ndim: 1 | 2;
  rows: number;
  cols: number;
  flat: (number | string)[];
}

const isRow = (v: unknown): v is readonly Label[] => Array.isArray(v);

/** `np.asarray(y)`: dtype kind, shape and row-major elements of a label list. */
export function labelArray(y: Labels): LabelArray {
  const twoD = y.length > 0 && isRow(y[0]);
  const rowsOf: readonly Label[][] = twoD
    ? (y as readonly (readonly Label[])[]).map((r) => [...r])
    : (y as readonly Label[]).map((v) => [v]);
  const cells = rowsOf.flat();
  const anyString = cells.some((v) => typeof v === 'string');
  const anyFloat = cells.some(
    (v) => isPyFloat(v) || (typeof v === 'number' && !Number.isInteger(v)),
  );
  const kind = anyString ? 'U' : anyFloat ? 'f' : 'i';
  const flat = cells.map((v): number | string => {
    if (kind === 'U') return labelText(v, typeof v === 'object');
    return isPyFloat(v) ? v.pyFloat : (v as number);
  });
  return {
    kind,
    ndim: twoD ? 2 : 1,
    rows: y.length,
    cols: twoD ? (rowsOf[0]?.length ?? 0) : 1,
    flat,
  };
}

/** `str()` of one element as numpy's `astype(str)` writes it. */
function labelText(v: Label | number | string, asFloat: boolean): string {
  if (typeof v === 'string') return v;
  const x = isPyFloat(v) ? v.pyFloat : v;
  return asFloat || !Number.isInteger(x) ? pyFloatRepr(x) : String(x);
}

/** For 2-D labels: each row as `" ".join(row.astype("str"))` (StratifiedShuffleSplit). */
export function rowsAsText(a: LabelArray): string[] {
  const out: string[] = [];
  for (let r = 0; r < a.rows; r++) {
    const row = a.flat.slice(r * a.cols, (r + 1) * a.cols);
    out.push(row.map((v) => labelText(v, a.kind === 'f')).join(' '));
  }
  return out;
}

/** numpy's sort order: numbers by value, strings by code point. */
export function compareLabels(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a),
    y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `np.unique(values, return_index=True, return_inverse=True)`: sorted distinct
 * values, the first position of each, and each element's position among them.
 */
export function uniqueInverse(values: readonly (number | string)[]) {
  const uniques = [...new Set(values)].sort(compareLabels);
  const position = new Map(uniques.map((u, i) => [u, i]));
  const inverse = values.map((v) => position.get(v) as number);
  const firstIndex = uniques.map((u) => values.indexOf(u));
  return { uniques, inverse, firstIndex };
}

/**
 * scikit-learn 1.2's `type_of_target(y)` for dense labels: 'multilabel-indicator',
 * 'continuous[-multioutput]', 'multiclass[-multioutput]', 'binary' or 'unknown'.
 */
export function typeOfTarget(a: LabelArray): string {
  const distinct = new Set(a.flat).size;
  const integral = a.kind === 'i' || (a.kind === 'f' && a.flat.every((v) => Number.isInteger(v)));
  if (a.ndim === 2 && a.cols > 1 && distinct < 3 && integral) return 'multilabel-indicator';
  if (a.ndim === 2 && a.cols === 0) return 'unknown';
  const suffix = a.ndim === 2 && a.cols > 1 ? '-multioutput' : '';
  if (a.kind === 'f' && !integral) return `continuous${suffix}`;
  if (distinct > 2 || (a.ndim === 2 && a.cols > 1)) return `multiclass${suffix}`;
  return 'binary';
}

/** The number of samples a label list describes (`_num_samples`). */
export const labelCount = (y: Labels): number => y.length;

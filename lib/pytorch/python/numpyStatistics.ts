import { typeError, valueError } from '../errors';
import { isFloating } from '../dtype';
import { NdArray } from '../numpy';
import type { Ctx } from './context';
import { arg, notImplemented, toInt } from './context';
import type { PyValue } from './values';
import { builtin, PyObject } from './values';

/**
 * `np.bincount`, `np.unique`, `np.mean` and `np.std` over whole arrays: what the cross-validation
 * lesson uses to look at a fold's labels and scores.
 */
export function defineNumpyCounting(
  ctx: Ctx,
  np: PyObject,
  asArray: (x: PyValue) => NdArray,
): void {
  np.attrs.set(
    'bincount',
    builtin('bincount', (a, kw) => {
      const t = asArray(arg(a, kw, 0, 'x')).view;
      if (arg(a, kw, 1, 'weights', null) !== null) throw notImplemented('np.bincount with weights');
      if (t.shape.length !== 1) throw valueError('object too deep for desired array');
      if (isFloating(t.dtype))
        throw typeError(
          "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
        );
      const xs = Array.from(t.values());
      if (xs.some((x) => x < 0)) throw valueError("'list' argument must have no negative elements");
      const n = Math.max(
        toInt(arg(a, kw, 2, 'minlength', 0n)),
        xs.length ? Math.max(...xs) + 1 : 0,
      );
      const counts = new Array<number>(n).fill(0);
      for (const x of xs) counts[x]++;
      return new NdArray(ctx.rt.fromValues(counts, [n], 'int64'));
    }),
  );
  np.attrs.set(
    'unique',
    builtin('unique', (a, kw) => {
      const t = asArray(arg(a, kw, 0, 'ar')).view;
      if (kw.size > 0) throw notImplemented(`np.unique with ${[...kw.keys()].join(', ')}`);
      const xs = [...new Set(Array.from(t.values()))].sort((p, q) => p - q);
      return new NdArray(ctx.rt.fromValues(xs, [xs.length], t.dtype));
    }),
  );
  const whole = (name: string, f: (xs: number[]) => number) =>
    np.attrs.set(
      name,
      builtin(name, (a, kw) => {
        const t = asArray(arg(a, kw, 0, 'a')).view;
        if (arg(a, kw, 1, 'axis', null) !== null) throw notImplemented(`np.${name} with an axis`);
        return f(Array.from(t.values()));
      }),
    );
  // np.add.reduce starts from the first element and adds the pairwise sum of the rest.
  const npSum = (xs: number[]) => (xs.length === 0 ? 0 : xs[0] + pairwiseSum(xs, 1, xs.length - 1));
  whole('mean', (xs) => npSum(xs) / xs.length);
  // np.std: the root of the mean squared deviation from the mean (ddof=0).
  whole('std', (xs) => {
    const m = npSum(xs) / xs.length;
    return Math.sqrt(npSum(xs.map((x) => (x - m) * (x - m))) / xs.length);
  });
}

/**
 * NumPy's pairwise summation of float64 values (`pairwise_sum` in loops_utils.h): up to 8
 * values added in order; up to 128 in eight interleaved partial sums combined as
 * ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the rest; longer runs split in two halves
 * (the first a multiple of 8) summed recursively.
 */
export function pairwiseSum(xs: readonly number[], start = 0, n = xs.length): number {
  if (n < 8) {
    let s = 0;
    for (let i = 0; i < n; i++) s += xs[start + i];
    return s;
  }
  if (n <= 128) {
    const r = xs.slice(start, start + 8);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += xs[start + i + j];
    let s = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) s += xs[start + i];
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(xs, start, half) + pairwiseSum(xs, start + half, n - half);
}

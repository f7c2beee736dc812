import { typeError, valueError } from '../errors';
import { isFloating } from '../dtype';
import { NdArray } from '../numpy';
import type { Ctx } from './context';
import { arg, notImplemented, toInt } from './context';
import type { PyValue } from './values';
import { builtin, PyObject } from './values';

/**
 * `np.bincount`, `np.unique` and `np.mean` over whole arrays: what the cross-validation
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
  np.attrs.set(
    'mean',
    builtin('mean', (a, kw) => {
      const t = asArray(arg(a, kw, 0, 'a')).view;
      if (arg(a, kw, 1, 'axis', null) !== null) throw notImplemented('np.mean with an axis');
      const xs = Array.from(t.values());
      return xs.reduce((p, q) => p + q, 0) / xs.length;
    }),
  );
}

import { PyError, typeError } from '../errors';
import { NdArray } from '../numpy';
import { Tensor } from '../tensor';
import type { RandomStateArg } from '../../sklearn/kFoldBase';
import type { Label, Labels } from '../../sklearn/labels';
import type { PyArg } from '../../sklearn/pyValues';
import { pyFloat } from '../../sklearn/pyValues';
import type { CrossValidator, SplitData } from '../../sklearn/splitTypes';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { pyIterator } from './iterators';
import type { PyValue } from './values';
import { builtin, PyObject, pyRepr, PyTuple, typeName } from './values';

/** A Python argument as lib/sklearn's checks see it: ints stay ints, floats are marked as floats. */
export function asArg(v: PyValue): PyArg {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return pyFloat(v);
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  throw typeError(`unsupported argument of type ${typeName(v)}`);
}

export const asInt = (v: PyValue) => (v === null ? null : Number(v));

export function randomStateArg(v: PyValue): RandomStateArg {
  if (v === null || typeof v === 'bigint') return v === null ? null : Number(v);
  throw new PyError(
    'ValueError',
    `${pyRepr(v, () => '')} cannot be used to seed a numpy.random.RandomState instance`,
  );
}

/** The labels of `y` or `groups`: an array's values (floats marked), or a list's items. */
export function labelsOf(ctx: Ctx, v: PyValue): Labels {
  if (v instanceof NdArray || v instanceof Tensor) {
    const t = v instanceof NdArray ? v.view : v;
    const float = t.dtype.startsWith('float');
    return [...t.values()].map((x): Label => (float ? pyFloat(x) : x));
  }
  return ctx.iterate(v).map((x) => {
    if (typeof x === 'string') return x;
    if (typeof x === 'number') return pyFloat(x);
    return Number(x);
  });
}

/** `len(X)` as scikit-learn's `_num_samples` sees it. */
export function numSamples(ctx: Ctx, x: PyValue): number {
  if (x instanceof NdArray || x instanceof Tensor) {
    const t = x instanceof NdArray ? x.view : x;
    if (t.shape.length === 0)
      throw typeError(
        `Singleton array array(${pyRepr(x, ctx.addr)}) cannot be considered a valid collection.`,
      );
    return t.shape[0];
  }
  return ctx.iterate(x).length;
}

export const indexArray = (ctx: Ctx, idx: number[]) =>
  new NdArray(ctx.rt.fromValues(idx, [idx.length], 'int64'));

/** A cross-validator object: its sorted-parameter repr, `split()` as a generator, `get_n_splits()`. */
export function splitter(
  ctx: Ctx,
  name: string,
  params: [string, PyValue][],
  cv: CrossValidator,
): PyObject {
  const sorted = [...params].sort(([a], [b]) => (a < b ? -1 : 1));
  const o = new PyObject(
    name,
    () => `${name}(${sorted.map(([k, v]) => `${k}=${pyRepr(v, ctx.addr)}`).join(', ')})`,
  );
  o.qualName = `sklearn.model_selection._split.${name}`;
  o.attrs.set(
    'split',
    builtin(
      'split',
      (a, kw) => {
        const [X, y, groups] = bindArgs(
          `${name}.split`,
          ['X', 'y', 'groups'],
          name === 'StratifiedKFold' ? { groups: null } : { y: null, groups: null },
          a,
          kw,
        );
        const n = numSamples(ctx, X);
        const data: SplitData = {};
        if (y !== null) data.y = labelsOf(ctx, y);
        if (groups !== null) data.groups = labelsOf(ctx, groups);
        return pyIterator(
          'generator',
          `generator object ${
            {
              TimeSeriesSplit: 'TimeSeriesSplit',
              LeaveOneOut: 'BaseCrossValidator',
              ShuffleSplit: 'BaseShuffleSplit',
              StratifiedShuffleSplit: 'BaseShuffleSplit',
            }[name] ?? '_BaseKFold'
          }.split`,
          () => {
            const { splits, warnings } = cv.split(n, data);
            for (const w of warnings) {
              const [category, ...rest] = w.split(': ');
              ctx.rt.warn(category, rest.join(': '));
            }
            return splits.map(
              (s) => new PyTuple([indexArray(ctx, s.train), indexArray(ctx, s.test)]),
            );
          },
        );
      },
      'method',
    ),
  );
  o.attrs.set(
    'get_n_splits',
    builtin(
      'get_n_splits',
      (a, kw) => {
        const X = bindArgs(
          `${name}.get_n_splits`,
          ['X', 'y', 'groups'],
          { X: null, y: null, groups: null },
          a,
          kw,
        )[0];
        return BigInt(cv.getNSplits(X === null ? undefined : numSamples(ctx, X)));
      },
      'method',
    ),
  );
  for (const [k, v] of params) o.attrs.set(k, v);
  return o;
}

import { PyError, typeError } from '../errors';
import { NdArray } from '../numpy';
import { Tensor } from '../tensor';
import { groupKFold } from '../../sklearn/groupKFold';
import { kFold } from '../../sklearn/kFold';
import { leaveOneOut } from '../../sklearn/leaveOneOut';
import type { RandomStateArg } from '../../sklearn/kFoldBase';
import type { Label, Labels } from '../../sklearn/labels';
import type { PyArg } from '../../sklearn/pyValues';
import { pyFloat } from '../../sklearn/pyValues';
import type { CrossValidator, SplitData } from '../../sklearn/splitTypes';
import { stratifiedKFold } from '../../sklearn/stratifiedKFold';
import { timeSeriesSplit } from '../../sklearn/timeSeriesSplit';
import { trainTestSplit } from '../../sklearn/trainTestSplit';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { getitem } from './objectAccess';
import { pyIterator } from './iterators';
import type { Kwargs, PyValue } from './values';
import { builtin, PyList, PyObject, pyRepr, PyTuple, truthy, typeName } from './values';

/** A Python argument as lib/sklearn's checks see it: ints stay ints, floats are marked as floats. */
function asArg(v: PyValue): PyArg {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return pyFloat(v);
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  throw typeError(`unsupported argument of type ${typeName(v)}`);
}

const asInt = (v: PyValue) => (v === null ? null : Number(v));

function randomStateArg(v: PyValue): RandomStateArg {
  if (v === null || typeof v === 'bigint') return v === null ? null : Number(v);
  throw new PyError(
    'ValueError',
    `${pyRepr(v, () => '')} cannot be used to seed a numpy.random.RandomState instance`,
  );
}

/** The labels of `y` or `groups`: an array's values (floats marked), or a list's items. */
function labelsOf(ctx: Ctx, v: PyValue): Labels {
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
function numSamples(ctx: Ctx, x: PyValue): number {
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

const indexArray = (ctx: Ctx, idx: number[]) =>
  new NdArray(ctx.rt.fromValues(idx, [idx.length], 'int64'));

/** A cross-validator object: its sorted-parameter repr, `split()` as a generator, `get_n_splits()`. */
function splitter(
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
          `generator object ${{ TimeSeriesSplit: 'TimeSeriesSplit', LeaveOneOut: 'BaseCrossValidator' }[name] ?? '_BaseKFold'}.split`,
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

function kFoldClass(ctx: Ctx, name: 'KFold' | 'StratifiedKFold'): PyObject {
  const make = name === 'KFold' ? kFold : stratifiedKFold;
  return builtin(
    name,
    (a, kw) => {
      const [nSplits, shuffle, randomState] = bindArgs(
        `${name}.__init__`,
        ['n_splits', 'shuffle', 'random_state'],
        { n_splits: 5n, shuffle: false, random_state: null },
        a,
        kw,
      );
      const cv = make({
        nSplits: asArg(nSplits),
        shuffle: asArg(shuffle),
        randomState: randomStateArg(randomState),
      });
      return splitter(
        ctx,
        name,
        [
          ['n_splits', nSplits],
          ['shuffle', shuffle],
          ['random_state', randomState],
        ],
        cv,
      );
    },
    'type',
  );
}

/** `_safe_indexing(a, idx)`: an array indexed by an index array, a list by position. */
function takeRows(ctx: Ctx, a: PyValue, idx: number[]): PyValue {
  if (a instanceof NdArray || a instanceof Tensor) return getitem(ctx, a, indexArray(ctx, idx));
  const items = ctx.iterate(a);
  return new PyList(idx.map((i) => items[i]));
}

function trainTestSplitFn(ctx: Ctx): PyObject {
  return builtin('train_test_split', (arrays: PyValue[], kw: Kwargs) => {
    if (arrays.length === 0)
      throw new PyError('ValueError', 'At least one array required as input');
    const known = ['test_size', 'train_size', 'random_state', 'shuffle', 'stratify'];
    for (const k of kw.keys())
      if (!known.includes(k))
        throw typeError(`train_test_split() got an unexpected keyword argument '${k}'`);
    const n = numSamples(ctx, arrays[0]);
    for (const x of arrays.slice(1)) {
      const m = numSamples(ctx, x);
      if (m !== n)
        throw new PyError(
          'ValueError',
          `Found input variables with inconsistent numbers of samples: [${arrays.map((z) => numSamples(ctx, z)).join(', ')}]`,
        );
    }
    const stratify = kw.get('stratify') ?? null;
    const { train, test, warnings } = trainTestSplit(n, {
      testSize: asArg(kw.get('test_size') ?? null),
      trainSize: asArg(kw.get('train_size') ?? null),
      randomState: randomStateArg(kw.get('random_state') ?? null),
      shuffle: truthy(kw.get('shuffle') ?? true),
      ...(stratify === null ? {} : { stratify: labelsOf(ctx, stratify) }),
    });
    for (const w of warnings) {
      const [category, ...rest] = w.split(': ');
      ctx.rt.warn(category, rest.join(': '));
    }
    return new PyList(arrays.flatMap((x) => [takeRows(ctx, x, train), takeRows(ctx, x, test)]));
  });
}

/** `sklearn.model_selection` as far as the lessons use it, over lib/sklearn's exact splitters. */
export function sklearnModelSelection(ctx: Ctx): PyObject {
  const ms = new PyObject(
    'module',
    () =>
      "<module 'sklearn.model_selection' from '/usr/lib/python3/dist-packages/sklearn/model_selection/__init__.py'>",
  );
  ms.attrs.set('KFold', kFoldClass(ctx, 'KFold'));
  ms.attrs.set('StratifiedKFold', kFoldClass(ctx, 'StratifiedKFold'));
  ms.attrs.set(
    'GroupKFold',
    builtin(
      'GroupKFold',
      (a, kw) => {
        const [nSplits] = bindArgs('GroupKFold.__init__', ['n_splits'], { n_splits: 5n }, a, kw);
        return splitter(
          ctx,
          'GroupKFold',
          [['n_splits', nSplits]],
          groupKFold({ nSplits: asArg(nSplits) }),
        );
      },
      'type',
    ),
  );
  ms.attrs.set(
    'TimeSeriesSplit',
    builtin(
      'TimeSeriesSplit',
      (a, kw) => {
        const [nSplits, maxTrainSize, testSize, gap] = bindArgs(
          'TimeSeriesSplit.__init__',
          ['n_splits', 'max_train_size', 'test_size', 'gap'],
          { n_splits: 5n, max_train_size: null, test_size: null, gap: 0n },
          a,
          kw,
        );
        const cv = timeSeriesSplit({
          nSplits: asArg(nSplits),
          maxTrainSize: asInt(maxTrainSize),
          testSize: asInt(testSize),
          gap: Number(gap),
        });
        return splitter(
          ctx,
          'TimeSeriesSplit',
          [
            ['n_splits', nSplits],
            ['max_train_size', maxTrainSize],
            ['test_size', testSize],
            ['gap', gap],
          ],
          cv,
        );
      },
      'type',
    ),
  );
  ms.attrs.set(
    'LeaveOneOut',
    builtin(
      'LeaveOneOut',
      (a, kw) => (
        bindArgs('LeaveOneOut.__init__', [], {}, a, kw),
        splitter(ctx, 'LeaveOneOut', [], leaveOneOut())
      ),
      'type',
    ),
  );
  ms.attrs.set('train_test_split', trainTestSplitFn(ctx));
  return ms;
}

/** The `sklearn` package: only its model_selection submodule. */
export function sklearnModule(ctx: Ctx, modelSelection: PyObject): PyObject {
  const sk = new PyObject(
    'module',
    () => "<module 'sklearn' from '/usr/lib/python3/dist-packages/sklearn/__init__.py'>",
  );
  sk.attrs.set('model_selection', modelSelection);
  sk.attrs.set('__version__', '1.2.1');
  return sk;
}

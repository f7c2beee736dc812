import { PyError, typeError } from '../errors';
import { NdArray } from '../numpy';
import { Tensor } from '../tensor';
import { groupKFold } from '../../sklearn/groupKFold';
import { kFold } from '../../sklearn/kFold';
import { stratifiedKFold } from '../../sklearn/stratifiedKFold';
import { timeSeriesSplit } from '../../sklearn/timeSeriesSplit';
import { trainTestSplit } from '../../sklearn/trainTestSplit';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { getitem } from './objectAccess';
import type { Kwargs, PyValue } from './values';
import { builtin, PyList, PyObject, truthy } from './values';

import {
  asArg,
  asInt,
  indexArray,
  labelsOf,
  numSamples,
  randomStateArg,
  splitter,
} from './sklearnSplitter';
import { defineShuffleSplits } from './sklearnShuffleSplits';

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
  defineShuffleSplits(ctx, ms);
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

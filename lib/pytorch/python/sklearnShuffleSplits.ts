import { leaveOneOut } from '../../sklearn/leaveOneOut';
import { shuffleSplit } from '../../sklearn/shuffleSplit';
import { stratifiedShuffleSplit } from '../../sklearn/stratifiedShuffleSplit';
import { bindArgs } from './bindArgs';
import type { Ctx } from './context';
import { asArg, randomStateArg, splitter } from './sklearnSplitter';
import type { PyObject } from './values';
import { builtin } from './values';

/** `LeaveOneOut`, `ShuffleSplit` and `StratifiedShuffleSplit` on `sklearn.model_selection`. */
export function defineShuffleSplits(ctx: Ctx, ms: PyObject): void {
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
  for (const name of ['ShuffleSplit', 'StratifiedShuffleSplit'] as const) {
    const make = name === 'ShuffleSplit' ? shuffleSplit : stratifiedShuffleSplit;
    ms.attrs.set(
      name,
      builtin(
        name,
        (a, kw) => {
          const [nSplits, testSize, trainSize, randomState] = bindArgs(
            `${name}.__init__`,
            ['n_splits', 'test_size', 'train_size', 'random_state'],
            { n_splits: 10n, test_size: null, train_size: null, random_state: null },
            a,
            kw,
          );
          const cv = make({
            nSplits: Number(nSplits),
            testSize: asArg(testSize),
            trainSize: asArg(trainSize),
            randomState: randomStateArg(randomState),
          });
          return splitter(
            ctx,
            name,
            [
              ['n_splits', nSplits],
              ['test_size', testSize],
              ['train_size', trainSize],
              ['random_state', randomState],
            ],
            cv,
          );
        },
        'type',
      ),
    );
  }
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupKFold } from './groupKFold';
import { kFold } from './kFold';
import type { Labels } from './labels';
import { leaveOneOut } from './leaveOneOut';
import { PyError } from '../pytorch/errors';
import { parsePythonJson } from '../../tests/fixtures/pyJson';
import { isPyFloat, type PyArg } from './pyValues';
import { shuffleSplit } from './shuffleSplit';
import type { CrossValidator, Split } from './splitTypes';
import { stratifiedKFold } from './stratifiedKFold';
import { stratifiedShuffleSplit } from './stratifiedShuffleSplit';
import { timeSeriesSplit } from './timeSeriesSplit';
import { trainTestSplit } from './trainTestSplit';

interface OracleCase {
  id: number;
  kind: string;
  params: Record<string, PyArg>;
  n_samples: number;
  y?: Labels;
  groups?: Labels;
  ok: boolean;
  get_n_splits?: number;
  splits?: Split[];
  train?: number[];
  test?: number[];
  warnings: string[];
  stage?: 'construct' | 'split';
  error_type?: string;
  error?: string;
}

const oracle = parsePythonJson(
  readFileSync(new URL('../../tests/oracles/cv_splits.json', import.meta.url), 'utf8'),
) as { cases: OracleCase[] };

/** Python keyword arguments to this module's camelCase options (plain numbers where the int/float kind does not matter). */
function options(params: Record<string, PyArg>): Record<string, unknown> {
  const plain = (v: PyArg) => (isPyFloat(v) ? v.pyFloat : v);
  const keep = new Set(['n_splits', 'test_size', 'train_size', 'shuffle']);
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
      keep.has(k) ? v : plain(v),
    ]),
  );
}

const splitters: Record<string, (o: Record<string, unknown>) => CrossValidator> = {
  KFold: kFold,
  StratifiedKFold: stratifiedKFold,
  GroupKFold: groupKFold,
  TimeSeriesSplit: timeSeriesSplit,
  LeaveOneOut: () => leaveOneOut(),
  ShuffleSplit: shuffleSplit,
  StratifiedShuffleSplit: stratifiedShuffleSplit,
};

type Outcome =
  | { stage: 'ok'; value: Record<string, unknown> }
  | { stage: 'construct' | 'split'; errorType: string; error: string; warnings: string[] };

function run(c: OracleCase): Outcome {
  const fail = (stage: 'construct' | 'split', e: unknown): Outcome => {
    if (!(e instanceof PyError)) throw e;
    return { stage, errorType: e.pyType, error: e.pyMessage, warnings: [] };
  };
  const opts = options(c.params);
  if (c.kind === 'train_test_split') {
    try {
      const { stratify, ...rest } = opts;
      const { train, test, warnings } = trainTestSplit(c.n_samples, {
        ...rest,
        stratify: stratify ? c.y : undefined,
      });
      return { stage: 'ok', value: { train, test, warnings } };
    } catch (e) {
      return fail('split', e);
    }
  }
  let cv: CrossValidator;
  try {
    cv = splitters[c.kind](opts);
  } catch (e) {
    return fail('construct', e);
  }
  try {
    const { splits, warnings } = cv.split(c.n_samples, { y: c.y, groups: c.groups });
    return { stage: 'ok', value: { splits, warnings, get_n_splits: cv.getNSplits(c.n_samples) } };
  } catch (e) {
    return fail('split', e);
  }
}

function expected(c: OracleCase): Outcome {
  if (!c.ok) {
    return {
      stage: c.stage as 'construct' | 'split',
      errorType: c.error_type as string,
      error: c.error as string,
      warnings: c.warnings,
    };
  }
  return c.kind === 'train_test_split'
    ? { stage: 'ok', value: { train: c.train, test: c.test, warnings: c.warnings } }
    : {
        stage: 'ok',
        value: { splits: c.splits, warnings: c.warnings, get_n_splits: c.get_n_splits },
      };
}

describe('cv_splits.json: scikit-learn 1.2.1 splitters', () => {
  it('has cases of every kind it documents', () => {
    expect(oracle.cases.length).toBeGreaterThan(0);
    for (const c of oracle.cases)
      expect(Object.keys(splitters).concat('train_test_split')).toContain(c.kind);
  });

  it.each(
    oracle.cases.map(
      (c) => [`${c.id} ${c.kind} ${JSON.stringify(c.params)} n=${c.n_samples}`, c] as const,
    ),
  )('case %s matches splits, order, get_n_splits, warnings and errors', (_, c) => {
    expect(run(c)).toEqual(expected(c));
  });
});

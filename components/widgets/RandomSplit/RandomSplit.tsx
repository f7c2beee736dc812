'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { NumberField, Slider } from '@/components/widget/fields';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { PyError } from '@/lib/pytorch/errors';
import { randomSplit } from '@/lib/sklearn/randomSplit';
import { trainTestSplit } from '@/lib/sklearn/trainTestSplit';
import { randomSplitSpec } from './spec';
import { SplitStrip } from './SplitStrip';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { randomSplitCode, RANDOM_SPLIT_FIRST as FIRST } from '@/lib/sklearn/randomSplitCode';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './RandomSplit.module.css';

const SHARED = ['samples', 'testFraction', 'seed'] as const;

export default function RandomSplit(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const locale = useLocale();
  const count = (v: number) => formatNumber(v, 4, locale);
  const props = useMemo(() => parseWidgetProps(randomSplitSpec, rawProps), [rawProps]);
  const [s, set] = useUrlState(randomSplitSpec, props, SHARED);
  const svgRef = useRef<SVGSVGElement>(null);

  const result = useMemo(() => {
    try {
      // the lecture's sizes: TEST_SIZE = int(n * ratio), TRAIN_SIZE = n - TEST_SIZE
      const testSize = Math.trunc(s.samples * s.testFraction);
      const torch = randomSplit(s.samples, [s.samples - testSize, testSize], s.seed);
      const sk = trainTestSplit(s.samples, { testSize: s.testFraction, randomState: s.seed });
      return { ok: true as const, torch: { train: torch.subsets[0], test: torch.subsets[1] }, sk };
    } catch (e) {
      return { ok: false as const, error: e instanceof PyError ? e.line() : String(e) };
    }
  }, [s.samples, s.testFraction, s.seed]);

  const list = (xs: readonly number[]) =>
    `[${xs.slice(0, FIRST).join(', ')}${xs.length > FIRST ? ', …' : ''}]`;
  const summary = result.ok
    ? m.summary({
        samples: count(s.samples),
        torchTrain: count(result.torch.train.length),
        torchTest: count(result.torch.test.length),
        testFraction: s.testFraction,
        skTrain: count(result.sk.train.length),
        skTest: count(result.sk.test.length),
        seed: s.seed,
        torchFirst: list(result.torch.test),
        skFirst: list(result.sk.test),
      })
    : m.fails(result.error);

  return (
    <WidgetFrame
      spec={randomSplitSpec}
      description={m.description}
      status="done"
      summary={summary}
      controls={
        <div className="widget-fields">
          <NumberField
            id="rs-n"
            label={m.samples}
            value={s.samples}
            min={2}
            max={200000}
            onChange={(v) => set({ samples: Math.round(v) })}
          />
          <Slider
            id="rs-frac"
            label={m.testFraction}
            value={s.testFraction}
            min={0.05}
            max={0.95}
            step={0.05}
            onChange={(v) => set({ testFraction: Number(v.toFixed(2)) })}
          />
          <NumberField
            id="rs-seed"
            label={m.seed}
            value={s.seed}
            min={0}
            onChange={(v) => set({ seed: Math.round(v) })}
          />
        </div>
      }
      outputs={
        result.ok && (
          <>
            <Output
              name="train-size"
              label={m.part('random_split', 'train')}
              value={result.torch.train.length}
            />
            <Output
              name="test-size"
              label={m.part('random_split', 'test')}
              value={result.torch.test.length}
            />
            <Output
              name="sklearn-train-size"
              label={m.part('train_test_split', 'train')}
              value={result.sk.train.length}
            />
            <Output
              name="sklearn-test-size"
              label={m.part('train_test_split', 'test')}
              value={result.sk.test.length}
            />
          </>
        )
      }
      footer={
        <>
          {result.ok && (
            <DataTable
              caption={m.firstCaption(FIRST)}
              columns={[m.subset, ...Array.from({ length: FIRST }, (_, i) => `[${i}]`)]}
              rows={[
                [m.subsetRow('random_split', 'train'), ...result.torch.train.slice(0, FIRST)],
                [m.subsetRow('random_split', 'test'), ...result.torch.test.slice(0, FIRST)],
                [m.subsetRow('train_test_split', 'train'), ...result.sk.train.slice(0, FIRST)],
                [m.subsetRow('train_test_split', 'test'), ...result.sk.test.slice(0, FIRST)],
              ]}
            />
          )}
          <WidgetCode summary={m.code} code={randomSplitCode(s)} />
        </>
      }
    >
      {result.ok ? (
        <>
          <dl className={`random-split-first ${styles.first}`}>
            <dt>random_split: train.indices[:{FIRST}]</dt>
            <dd>{list(result.torch.train)}</dd>
            <dt>random_split: test.indices[:{FIRST}]</dt>
            <dd>{list(result.torch.test)}</dd>
            <dt>train_test_split: test[:{FIRST}]</dt>
            <dd>{list(result.sk.test)}</dd>
          </dl>
          <SplitStrip
            svgRef={svgRef}
            n={s.samples}
            rows={[
              { label: 'random_split', test: result.torch.test },
              { label: 'train_test_split', test: result.sk.test },
            ]}
          />
          <ChartActions svgRef={svgRef} filename="random-split" />
        </>
      ) : (
        <pre className="widget-message error" role="alert">
          {result.error}
        </pre>
      )}
    </WidgetFrame>
  );
}

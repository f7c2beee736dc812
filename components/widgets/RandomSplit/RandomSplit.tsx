'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { NumberField, Slider } from '@/components/widget/fields';
import { Output } from '@/components/widget/Output';
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

const SHARED = ['samples', 'testFraction', 'seed'] as const;

export default function RandomSplit(rawProps: Record<string, unknown>) {
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
    ? `random_split puts ${result.torch.train.length.toLocaleString('en-US')} of ${s.samples.toLocaleString('en-US')} samples in the training subset and ${result.torch.test.length.toLocaleString('en-US')} in the test subset; train_test_split with test_size=${s.testFraction} gives ${result.sk.train.length.toLocaleString('en-US')} and ${result.sk.test.length.toLocaleString('en-US')}. With seed ${s.seed} the first test indices are ${list(result.torch.test)} (PyTorch) and ${list(result.sk.test)} (scikit-learn): the two libraries shuffle differently.`
    : `The split fails: ${result.error}`;

  return (
    <WidgetFrame
      spec={randomSplitSpec}
      description="Set the data set's size, the test fraction and the seed. Both libraries shuffle the indices and cut them; the strip shows where the test samples fall."
      status="done"
      summary={summary}
      controls={
        <div className="widget-fields">
          <NumberField
            id="rs-n"
            label="samples"
            value={s.samples}
            min={2}
            max={200000}
            onChange={(v) => set({ samples: Math.round(v) })}
          />
          <Slider
            id="rs-frac"
            label="test fraction"
            value={s.testFraction}
            min={0.05}
            max={0.95}
            step={0.05}
            onChange={(v) => set({ testFraction: Number(v.toFixed(2)) })}
          />
          <NumberField
            id="rs-seed"
            label="seed"
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
              label="random_split: train"
              value={result.torch.train.length}
            />
            <Output name="test-size" label="random_split: test" value={result.torch.test.length} />
            <Output
              name="sklearn-train-size"
              label="train_test_split: train"
              value={result.sk.train.length}
            />
            <Output
              name="sklearn-test-size"
              label="train_test_split: test"
              value={result.sk.test.length}
            />
          </>
        )
      }
      footer={
        <>
          {result.ok && (
            <DataTable
              caption={`The first ${FIRST} indices of each subset`}
              columns={['subset', ...Array.from({ length: FIRST }, (_, i) => `[${i}]`)]}
              rows={[
                ['random_split train', ...result.torch.train.slice(0, FIRST)],
                ['random_split test', ...result.torch.test.slice(0, FIRST)],
                ['train_test_split train', ...result.sk.train.slice(0, FIRST)],
                ['train_test_split test', ...result.sk.test.slice(0, FIRST)],
              ]}
            />
          )}
          <WidgetCode
            summary="The same splits in PyTorch and scikit-learn"
            code={randomSplitCode(s)}
          />
        </>
      }
    >
      {result.ok ? (
        <>
          <dl
            className="random-split-first"
            style={{
              fontFamily: 'var(--font-mono, monospace)',
              fontSize: '0.85rem',
              overflowWrap: 'anywhere',
            }}
          >
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
        <pre className="widget-message error" role="alert" style={{ whiteSpace: 'pre-wrap' }}>
          {result.error}
        </pre>
      )}
    </WidgetFrame>
  );
}

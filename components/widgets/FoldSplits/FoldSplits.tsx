'use client';
import { useMemo, useRef, useState } from 'react';
import { CellGrid } from '@/components/charts/CellGrid';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { Output } from '@/components/widget/Output';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { PyError } from '@/lib/pytorch/errors';
import type { SplitOutcome } from '@/lib/sklearn/splitTypes';
import { foldSplitsSpec } from './spec';
import { FoldSplitsControls } from './FoldSplitsControls';
import { foldData, indexRanges } from './foldData';
import { makeSplitter, splitterCall, splitterCode } from './makeSplitter';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

type Messages = (typeof messages)['en'];

const categories = (m: Messages) => [
  { key: 'train', label: m.train },
  { key: 'test', label: m.test },
  { key: 'unused', label: m.unused },
  // class and group rows, coloured as in scikit-learn's plot_cv_indices
  { key: 'class-0', label: m.classN(0), color: 'var(--series-3)' },
  { key: 'class-1', label: m.classN(1), color: 'var(--series-4)' },
  { key: 'class-2', label: m.classN(2), color: 'var(--series-5)' },
  { key: 'group-even', label: m.evenGroup, color: 'var(--color-fg)', pattern: 'hatch' as const },
  { key: 'group-odd', label: m.oddGroup, color: 'var(--color-muted)' },
];

const SHARED = [
  'splitter',
  'samples',
  'nSplits',
  'shuffle',
  'randomState',
  'testSize',
  'maxTrainSize',
  'gap',
] as const;
type Result = { ok: true; outcome: SplitOutcome } | { ok: false; error: string };

export default function FoldSplits(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const props = useMemo(() => parseWidgetProps(foldSplitsSpec, rawProps), [rawProps]);
  const [s, setSettings] = useUrlState(foldSplitsSpec, props, SHARED);
  const [focused, setFocused] = useState<number | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const { y, groups } = useMemo(() => foldData(s.samples), [s.samples]);

  const result = useMemo((): Result => {
    try {
      return { ok: true, outcome: makeSplitter(s).split(s.samples, { y, groups }) };
    } catch (e) {
      const text = e instanceof PyError ? e.line() : e instanceof Error ? e.message : String(e);
      return { ok: false, error: text };
    }
  }, [s, y, groups]);

  const splits = result.ok ? result.outcome.splits : [];
  const rows = splits.map((split, i) => {
    const cells: string[] = new Array(s.samples).fill('unused');
    for (const j of split.train) cells[j] = 'train';
    for (const j of split.test) cells[j] = 'test';
    return { label: m.splitN(i), cells };
  });
  const gridRows = [
    ...rows,
    { label: m.classRow, cells: y.map((c) => `class-${c}`) },
    { label: m.groupRow, cells: groups.map((g) => (g % 2 ? 'group-odd' : 'group-even')) },
  ];
  const describe = (i: number) => {
    const split = splits[i];
    const unused = s.samples - split.train.length - split.test.length;
    const testGroups = [...new Set(split.test.map((j) => groups[j]))].sort((a, b) => a - b);
    const testClasses = [0, 1, 2].map((c) => split.test.filter((j) => y[j] === c).length);
    return m.detail({
      split: i,
      train: split.train.length,
      trainRanges: indexRanges(split.train),
      test: split.test.length,
      testRanges: indexRanges(split.test),
      testClasses,
      groups: indexRanges(testGroups),
      groupCount: testGroups.length,
      unused,
    });
  };
  const testedOnce =
    splits.length > 0 &&
    new Set(splits.flatMap((sp) => sp.test)).size ===
      splits.reduce((n, sp) => n + sp.test.length, 0);
  const summary = result.ok
    ? `${m.summary(splitterCall(s), splits.length, s.samples)} ${splits.length ? describe(focused ?? 0) : ''} ${splits.length ? (testedOnce ? m.testedOnce : m.testedTwice) : ''}`
    : m.cannotSplit(splitterCall(s), s.samples, result.error);
  return (
    <WidgetFrame
      spec={foldSplitsSpec}
      description={m.description}
      status="done"
      summary={summary}
      controls={<FoldSplitsControls settings={s} onChange={setSettings} />}
      outputs={
        <>
          <Output name="n-splits" label={m.splits} value={result.ok ? splits.length : null} />
          <Output name="train-size" label={m.trainSize} value={splits[0]?.train.length} />
          <Output name="test-size" label={m.testSize} value={splits[0]?.test.length} />
        </>
      }
      footer={
        <>
          {result.ok && (
            <DataTable
              caption={m.tableCaption(splitterCall(s))}
              columns={[m.split, m.train, m.test]}
              rows={splits.map((sp, i) => [i, sp.train.join(' '), sp.test.join(' ')])}
            />
          )}
          <WidgetCode summary={m.code} code={splitterCode(s, y, groups)} />
        </>
      }
    >
      {result.ok ? (
        <>
          <CellGrid
            ref={svgRef}
            rows={gridRows}
            categories={categories(m)}
            label={m.gridLabel(splitterCall(s))}
            xLabel={m.sampleIndex}
            onRowFocus={(r) => setFocused(r !== null && r < rows.length ? r : null)}
          />
          <ChartActions svgRef={svgRef} filename="fold-splits" />
          <p aria-live="polite">{splits.length ? describe(focused ?? 0) : m.noSplits}</p>
          {result.outcome.warnings.map((w) => (
            <p key={w} className="widget-message">
              {w}
            </p>
          ))}
        </>
      ) : (
        <pre className="widget-message error" role="alert">
          {result.error}
        </pre>
      )}
    </WidgetFrame>
  );
}

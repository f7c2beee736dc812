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
const CATEGORIES = [
  { key: 'train', label: 'train' },
  { key: 'test', label: 'test' },
  { key: 'unused', label: 'unused' },
  // class and group rows, coloured as in scikit-learn's plot_cv_indices
  { key: 'class-0', label: 'class 0', color: 'var(--series-3)' },
  { key: 'class-1', label: 'class 1', color: 'var(--series-4)' },
  { key: 'class-2', label: 'class 2', color: 'var(--series-5)' },
  { key: 'group-even', label: 'even group', color: 'var(--color-fg)', pattern: 'hatch' as const },
  { key: 'group-odd', label: 'odd group', color: 'var(--color-muted)' },
];

type Result = { ok: true; outcome: SplitOutcome } | { ok: false; error: string };

export default function FoldSplits(rawProps: Record<string, unknown>) {
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
    return { label: `split ${i}`, cells };
  });
  const gridRows = [
    ...rows,
    { label: 'class', cells: y.map((c) => `class-${c}`) },
    { label: 'group', cells: groups.map((g) => (g % 2 ? 'group-odd' : 'group-even')) },
  ];
  const describe = (i: number) => {
    const split = splits[i];
    const unused = s.samples - split.train.length - split.test.length;
    const testGroups = [...new Set(split.test.map((j) => groups[j]))].sort((a, b) => a - b);
    const testClasses = [0, 1, 2].map((c) => split.test.filter((j) => y[j] === c).length);
    return `Split ${i} trains on ${split.train.length} samples (${indexRanges(split.train)}) and tests on ${split.test.length} (${indexRanges(split.test)}): ${testClasses.map((n, c) => `${n} of class ${c}`).join(', ')}, from group${testGroups.length > 1 ? 's' : ''} ${indexRanges(testGroups)}${unused ? `; ${unused} samples are not used` : ''}.`;
  };
  const testedOnce =
    splits.length > 0 &&
    new Set(splits.flatMap((sp) => sp.test)).size ===
      splits.reduce((n, sp) => n + sp.test.length, 0);
  const summary = result.ok
    ? `${splitterCall(s)} makes ${splits.length} splits of ${s.samples} samples. ${splits.length ? describe(focused ?? 0) : ''} ${splits.length ? (testedOnce ? 'No sample is tested twice.' : 'Some samples are tested in more than one split.') : ''}`
    : `${splitterCall(s)} cannot split ${s.samples} samples: scikit-learn raises ${result.error}`;

  return (
    <WidgetFrame
      spec={foldSplitsSpec}
      description="Pick a scikit-learn splitter and its settings. Each row is one split; the last two rows give every sample's class and group. Hover or focus a row to read it."
      status="done"
      summary={summary}
      controls={<FoldSplitsControls settings={s} onChange={setSettings} />}
      outputs={
        <>
          <Output name="n-splits" label="splits" value={result.ok ? splits.length : null} />
          <Output name="train-size" label="train size (split 0)" value={splits[0]?.train.length} />
          <Output name="test-size" label="test size (split 0)" value={splits[0]?.test.length} />
        </>
      }
      footer={
        <>
          {result.ok && (
            <DataTable
              caption={`Indices of every split of ${splitterCall(s)}`}
              columns={['split', 'train', 'test']}
              rows={splits.map((sp, i) => [i, sp.train.join(' '), sp.test.join(' ')])}
            />
          )}
          <WidgetCode summary="The same split in scikit-learn" code={splitterCode(s, y, groups)} />
        </>
      }
    >
      {result.ok ? (
        <>
          <CellGrid
            ref={svgRef}
            rows={gridRows}
            categories={CATEGORIES}
            label={`${splitterCall(s)}: train and test samples in each split`}
            xLabel="sample index"
            onRowFocus={(r) => setFocused(r !== null && r < rows.length ? r : null)}
          />
          <ChartActions svgRef={svgRef} filename="fold-splits" />
          <p aria-live="polite">{splits.length ? describe(focused ?? 0) : 'No splits.'}</p>
          {result.outcome.warnings.map((w) => (
            <p key={w} className="widget-message">
              {w}
            </p>
          ))}
        </>
      ) : (
        <pre className="widget-message error" role="alert" style={{ whiteSpace: 'pre-wrap' }}>
          {result.error}
        </pre>
      )}
    </WidgetFrame>
  );
}

'use client';
import { useMemo, useRef } from 'react';
import { CellGrid } from '@/components/charts/CellGrid';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { Select } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import type { NestedCvConfig } from '@/lib/experiments/nestedCv/nestedCv';
import { nestedCvSpec } from './spec';
import { gridRow, loopSplits } from './loopGrids';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { nestedCvCode } from '@/lib/experiments/nestedCv/nestedCvCode';

const SHARED = [
  'dataset',
  'outerFolds',
  'innerFolds',
  'kMax',
  'outerSeed',
  'innerSeed',
  'trials',
] as const;
const pct = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : `${(100 * v).toFixed(1)}%`;
const OUTER_CATS = [
  { key: 'train', label: 'outer train' },
  { key: 'test', label: 'outer test' },
];
const INNER_CATS = [
  { key: 'train', label: 'inner train' },
  { key: 'validation', label: 'inner validation' },
  { key: 'test', label: 'outer test (unseen)' },
];

export default function NestedCv(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(nestedCvSpec, rawProps), [rawProps]);
  const [s, setSettings] = useUrlState(nestedCvSpec, props, SHARED);
  const rootRef = useRef<HTMLDivElement>(null);
  const outerSvg = useRef<SVGSVGElement>(null);
  const innerSvg = useRef<SVGSVGElement>(null);
  const curveSvg = useRef<SVGSVGElement>(null);
  const config: NestedCvConfig = { ...s };
  const { state, change, controls } = useTrainingRun(nestedCvSpec, rootRef, config, 0, setSettings);

  const folds = state.rows.filter((r) => r.outerFold !== undefined);
  const final = state.rows.find((r) => r.nonNestedScore !== undefined);
  const trialRows = state.rows.filter((r) => r.trial !== undefined);
  const averaged = trialRows.at(-1);
  const n = state.rows[0]?.samples;
  const current = Math.max(0, Math.min(s.outerFolds - 1, folds.length - 1));
  const splits = useMemo(
    () => (n ? loopSplits(n, s.outerFolds, s.innerFolds, s.outerSeed, s.innerSeed, current) : null),
    [n, s.outerFolds, s.innerFolds, s.outerSeed, s.innerSeed, current],
  );
  const innerScores = state.arrays?.innerScores;
  const curves = folds.map((r, f) => ({
    id: `fold-${f}`,
    label: `outer fold ${f + 1}`,
    points: Array.from({ length: s.kMax }, (_, k) => ({
      x: k + 1,
      y: innerScores ? innerScores[f * s.kMax + k] : NaN,
    })),
  }));

  const nested = final?.nestedScore ?? folds.at(-1)?.nestedScore;
  const summary = final
    ? `Nested: each of ${s.outerFolds} outer folds chose K by ${s.innerFolds}-fold CV on its own training part (K = ${folds.map((r) => r.chosenK).join(', ')}) and scored ${folds.map((r) => pct(r.outerScore)).join(', ')} on its unseen test part; mean ${pct(nested)}. Non-nested: ${s.innerFolds}-fold CV over all the data picks K=${final.nonNestedK} and reports its own best mean, ${pct(final.nonNestedScore)}, ${final.nonNestedScore > (nested ?? 0) ? 'higher than' : 'not above'} the nested estimate on this shuffle. Over ${trialRows.length} shuffle${trialRows.length > 1 ? 's' : ''} the means are ${pct(averaged?.meanNested)} nested and ${pct(averaged?.meanNonNested)} non-nested.`
    : folds.length
      ? `Outer fold ${folds.length} of ${s.outerFolds}: the inner search picked K=${folds.at(-1)!.chosenK} (inner mean ${pct(folds.at(-1)!.innerBest)}), which scored ${pct(folds.at(-1)!.outerScore)} on the outer test fold.`
      : 'Press Step to run one outer fold at a time, or Train to run them all, then the non-nested search.';

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={nestedCvSpec}
        description="The outer loop splits the data; in each outer training part an inner cross-validation picks K; the pick is scored once on the outer test part it never saw."
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="ncv-data"
                label="data set"
                value={s.dataset}
                options={[
                  ['iris', 'iris (150)'],
                  ['digits', 'digits (1,797)'],
                ]}
                onChange={(v) => change({ dataset: v as typeof s.dataset })}
              />
              <Select
                id="ncv-outer"
                label="outer folds"
                value={String(s.outerFolds)}
                options={['3', '4', '5', '10'].map((v) => [v, v])}
                onChange={(v) => change({ outerFolds: Number(v) })}
              />
              <Select
                id="ncv-inner"
                label="inner folds"
                value={String(s.innerFolds)}
                options={['2', '3', '4', '5'].map((v) => [v, v])}
                onChange={(v) => change({ innerFolds: Number(v) })}
              />
              <Select
                id="ncv-seed"
                label="outer shuffle"
                value={String(s.outerSeed)}
                options={Array.from({ length: 10 }, (_, i) => [String(i), `random_state=${i}`])}
                onChange={(v) => change({ outerSeed: Number(v) })}
              />
            </div>
            {controls}
          </>
        }
        outputs={
          <>
            <Output name="nested-score" label="nested (honest)" value={nested} />
            <Output
              name="non-nested-score"
              label="non-nested (optimistic)"
              value={final?.nonNestedScore}
            />
            <Output name="non-nested-k" label="non-nested picks K" value={final?.nonNestedK} />
            <Output
              name="nested-mean"
              label={`nested, mean of ${trialRows.length || s.trials} shuffles`}
              value={averaged?.meanNested}
            />
            <Output
              name="non-nested-mean"
              label={`non-nested, mean of ${trialRows.length || s.trials} shuffles`}
              value={averaged?.meanNonNested}
            />
          </>
        }
        footer={
          <>
            <DataTable
              caption="Inner mean accuracy of every K in each outer fold"
              columns={['K', ...curves.map((c) => c.label)]}
              rows={Array.from({ length: s.kMax }, (_, k) => [
                k + 1,
                ...curves.map((c) => c.points[k].y),
              ])}
              format={(v) => (Number.isFinite(v) ? formatNumber(v, 4) : '')}
            />
            <WidgetCode summary="The same in scikit-learn" code={nestedCvCode(s)} />
          </>
        }
      >
        {splits && n && (
          <>
            <CellGrid
              ref={outerSvg}
              rows={splits.outer.map((sp, f) => ({
                label: `outer ${f + 1}${f === current && folds.length ? ' ◂' : ''}`,
                cells: gridRow(n, sp, 'test'),
              }))}
              categories={OUTER_CATS}
              label="Outer loop: which samples each outer fold trains and tests on"
              xLabel="sample index"
              rowHeight={18}
            />
            <ChartActions svgRef={outerSvg} filename="nested-cv-outer" />
            <CellGrid
              ref={innerSvg}
              rows={splits.inner.map((sp, i) => ({
                label: `inner ${i + 1}`,
                cells: gridRow(n, sp, 'validation', splits.current.test),
              }))}
              categories={INNER_CATS}
              label={`Inner loop of outer fold ${current + 1}: the search for K sees only the outer training part`}
              xLabel="sample index"
              rowHeight={18}
            />
            <ChartActions svgRef={innerSvg} filename="nested-cv-inner" />
          </>
        )}
        {folds.length > 0 && (
          <div className="widget-charts two">
            <div>
              <LineChart
                ref={curveSvg}
                label="Inner mean accuracy over K in each outer fold"
                series={curves}
                height={260}
                xLabel="K"
                yLabel="inner mean accuracy"
                endLabels={false}
              />
              <ChartActions svgRef={curveSvg} filename="nested-cv-inner-scores" />
            </div>
            <div className="chart-data-scroll">
              <table>
                <caption>Each outer fold</caption>
                <thead>
                  <tr>
                    <th scope="col">outer fold</th>
                    <th scope="col">chosen K</th>
                    <th scope="col">inner mean</th>
                    <th scope="col">outer score</th>
                  </tr>
                </thead>
                <tbody>
                  {folds.map((r) => (
                    <tr key={r.outerFold}>
                      <th scope="row">{r.outerFold}</th>
                      <td>{r.chosenK}</td>
                      <td>{pct(r.innerBest)}</td>
                      <td>{pct(r.outerScore)}</td>
                    </tr>
                  ))}
                  {final && (
                    <tr>
                      <th scope="row">non-nested</th>
                      <td>{final.nonNestedK}</td>
                      <td>{pct(final.nonNestedScore)}</td>
                      <td>(none)</td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </div>
        )}
        {trialRows.length > 0 && (
          <div className="chart-data-scroll">
            <table>
              <caption>
                Each shuffle (random_state + t): the nested and the non-nested estimate
              </caption>
              <thead>
                <tr>
                  <th scope="col">shuffle t</th>
                  <th scope="col">nested</th>
                  <th scope="col">non-nested</th>
                  <th scope="col">gap</th>
                </tr>
              </thead>
              <tbody>
                {trialRows.map((r) => {
                  const nestedT = r.trial === 1 ? r.nestedScore : r.trialNested;
                  const flatT = r.trial === 1 ? r.nonNestedScore : r.trialNonNested;
                  return (
                    <tr key={r.trial}>
                      <th scope="row">{r.trial - 1}</th>
                      <td>{pct(nestedT)}</td>
                      <td>{pct(flatT)}</td>
                      <td>{(100 * (flatT - nestedT)).toFixed(1)} pts</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </WidgetFrame>
    </div>
  );
}

'use client';
import { useMemo, useRef } from 'react';
import { CellGrid } from '@/components/charts/CellGrid';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { metricOutput, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { Select } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import type { NestedCvConfig, nestedCv } from '@/lib/experiments/nestedCv/nestedCv';
import { nestedCvSpec } from './spec';
import { gridRow, loopSplits } from './loopGrids';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { nestedCvCode } from '@/lib/experiments/nestedCv/nestedCvCode';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

/** The headline numbers, named after nestedCv's metrics (and 'nested-mean' | 'non-nested-mean', worked out on the page). */
const MetricOutput = metricOutput<typeof nestedCv, 'nested-mean' | 'non-nested-mean'>();

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

export default function NestedCv(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const locale = useLocale();
  const outerCats = [
    { key: 'train', label: m.outerTrain },
    { key: 'test', label: m.outerTest },
  ];
  const innerCats = [
    { key: 'train', label: m.innerTrain },
    { key: 'validation', label: m.innerValidation },
    { key: 'test', label: m.outerTestUnseen },
  ];
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
    label: m.outerFoldN(f + 1),
    points: Array.from({ length: s.kMax }, (_, k) => ({
      x: k + 1,
      y: innerScores ? innerScores[f * s.kMax + k] : NaN,
    })),
  }));

  const nested = final?.nestedScore ?? folds.at(-1)?.nestedScore;
  const summary = final
    ? m.summaryDone({
        outerFolds: s.outerFolds,
        innerFolds: s.innerFolds,
        chosenKs: folds.map((r) => r.chosenK).join(', '),
        outerScores: folds.map((r) => pct(r.outerScore)).join(', '),
        nested: pct(nested),
        nonNestedK: final.nonNestedK,
        nonNested: pct(final.nonNestedScore),
        higher: final.nonNestedScore > (nested ?? 0),
        shuffles: trialRows.length,
        meanNested: pct(averaged?.meanNested),
        meanNonNested: pct(averaged?.meanNonNested),
      })
    : folds.length
      ? m.summaryFold(
          folds.length,
          s.outerFolds,
          folds.at(-1)!.chosenK,
          pct(folds.at(-1)!.innerBest),
          pct(folds.at(-1)!.outerScore),
        )
      : m.summaryIdle;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={nestedCvSpec}
        description={m.description}
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="ncv-data"
                label={m.dataset}
                value={s.dataset}
                options={[
                  ['iris', m.iris],
                  ['digits', m.digits],
                ]}
                onChange={(v) => change({ dataset: v as typeof s.dataset })}
              />
              <Select
                id="ncv-outer"
                label={m.outerFolds}
                value={String(s.outerFolds)}
                options={['3', '4', '5', '10'].map((v) => [v, v])}
                onChange={(v) => change({ outerFolds: Number(v) })}
              />
              <Select
                id="ncv-inner"
                label={m.innerFolds}
                value={String(s.innerFolds)}
                options={['2', '3', '4', '5'].map((v) => [v, v])}
                onChange={(v) => change({ innerFolds: Number(v) })}
              />
              <Select
                id="ncv-seed"
                label={m.outerShuffle}
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
            <MetricOutput name="nested-score" label={m.nestedHonest} value={nested} />
            <MetricOutput
              name="non-nested-score"
              label={m.nonNestedOptimistic}
              value={final?.nonNestedScore}
            />
            <MetricOutput name="non-nested-k" label={m.nonNestedK} value={final?.nonNestedK} />
            <MetricOutput
              name="nested-mean"
              label={m.nestedMean(trialRows.length || s.trials)}
              value={averaged?.meanNested}
            />
            <MetricOutput
              name="non-nested-mean"
              label={m.nonNestedMean(trialRows.length || s.trials)}
              value={averaged?.meanNonNested}
            />
          </>
        }
        footer={
          <>
            <DataTable
              caption={m.innerTable}
              columns={['K', ...curves.map((c) => c.label)]}
              rows={Array.from({ length: s.kMax }, (_, k) => [
                k + 1,
                ...curves.map((c) => c.points[k].y),
              ])}
              format={(v) => (Number.isFinite(v) ? formatNumber(v, 4, locale) : '')}
            />
            <WidgetCode summary={m.code} code={nestedCvCode(s)} />
          </>
        }
      >
        {splits && n && (
          <>
            <CellGrid
              ref={outerSvg}
              rows={splits.outer.map((sp, f) => ({
                label: `${m.outerRow(f + 1)}${f === current && folds.length ? ' ◂' : ''}`,
                cells: gridRow(n, sp, 'test'),
              }))}
              categories={outerCats}
              label={m.outerGrid}
              xLabel={m.sampleIndex}
              rowHeight={18}
            />
            <ChartActions svgRef={outerSvg} filename="nested-cv-outer" />
            <CellGrid
              ref={innerSvg}
              rows={splits.inner.map((sp, i) => ({
                label: m.innerRow(i + 1),
                cells: gridRow(n, sp, 'validation', splits.current.test),
              }))}
              categories={innerCats}
              label={m.innerGrid(current + 1)}
              xLabel={m.sampleIndex}
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
                label={m.curvesChart}
                series={curves}
                height={260}
                xLabel="K"
                yLabel={m.innerMeanAccuracy}
                endLabels={false}
              />
              <ChartActions svgRef={curveSvg} filename="nested-cv-inner-scores" />
            </div>
            <div className="chart-data-scroll">
              <table>
                <caption>{m.foldsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.outerFold}</th>
                    <th scope="col">{m.chosenK}</th>
                    <th scope="col">{m.innerMean}</th>
                    <th scope="col">{m.outerScore}</th>
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
                      <th scope="row">{m.nonNested}</th>
                      <td>{final.nonNestedK}</td>
                      <td>{pct(final.nonNestedScore)}</td>
                      <td>{m.none}</td>
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
              <caption>{m.trialsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.shuffleT}</th>
                  <th scope="col">{m.nested}</th>
                  <th scope="col">{m.nonNested}</th>
                  <th scope="col">{m.gap}</th>
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
                      <td>{m.points((100 * (flatT - nestedT)).toFixed(1))}</td>
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

'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { metricOutput, formatNumber } from '@/components/widget/Output';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { Select } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import {
  KNN_STAGE,
  type KnnTuningConfig,
  type knnTuning,
} from '@/lib/experiments/knnTuning/knnTuning';
import { foldMeans } from '@/lib/experiments/knnTuning/knnTuningStats';
import { knnTuningSpec } from './spec';
import { FoldScoreChart } from './FoldScoreChart';
import { spread, useKnnRepeats } from './useKnnRepeats';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { knnTuningCode } from '@/lib/experiments/knnTuning/knnTuningCode';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

/** The headline numbers, named after knnTuning's metrics. */
const MetricOutput = metricOutput<typeof knnTuning>();

const SHARED = ['dataset', 'folds', 'kMax', 'splitSeed', 'shuffleSeed'] as const;
const pct = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : `${(100 * v).toFixed(1)}%`;

export default function KnnTuning(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const locale = useLocale();
  const props = useMemo(() => parseWidgetProps(knnTuningSpec, rawProps), [rawProps]);
  const [s, setSettings] = useUrlState(knnTuningSpec, props, SHARED);
  const rootRef = useRef<HTMLDivElement>(null);
  const chartSvg = useRef<SVGSVGElement>(null);
  const repeatSvg = useRef<SVGSVGElement>(null);
  const config: KnnTuningConfig = {
    dataset: s.dataset,
    folds: s.folds,
    kMax: s.kMax,
    testSize: s.testSize,
    splitSeed: s.splitSeed,
    shuffleSeed: s.shuffleSeed,
  };
  const { state, change, busy, controls, train } = useTrainingRun(
    knnTuningSpec,
    rootRef,
    config,
    s.splitSeed,
    setSettings,
  );
  const repeats = useKnnRepeats(state, config);

  const stage = (st: number) => state.rows.find((r) => r.stage === st);
  const trap = stage(KNN_STAGE.trap);
  const hold = stage(KNN_STAGE.holdout);
  const final = stage(KNN_STAGE.test);
  const foldsDone = state.rows.filter((r) => r.stage === KNN_STAGE.fold).length;
  const arrays = state.arrays;
  const nanCurve = () => new Array<number>(s.kMax).fill(NaN);
  const foldCurves = arrays
    ? Array.from({ length: s.folds }, (_, f) =>
        Array.from(arrays.folds.subarray(f * s.kMax, (f + 1) * s.kMax)),
      )
    : [];
  const stats =
    arrays && foldsDone > 0
      ? foldMeans(arrays.folds, s.folds, s.kMax)
      : { mean: nanCurve(), sd: nanCurve() };
  const chartData = {
    kMax: s.kMax,
    trap: arrays ? Array.from(arrays.trap) : nanCurve(),
    holdout: arrays ? Array.from(arrays.holdout) : nanCurve(),
    folds: foldCurves,
    mean: stats.mean,
    sd: stats.sd,
    chosenK: final ? final.chosenK : null,
  };

  const repeat = () => {
    const next = { ...config, shuffleSeed: s.shuffleSeed + 1 };
    change({ shuffleSeed: next.shuffleSeed });
    train(next);
  };

  const sameSplit = repeats.filter((r) => r.dataset === s.dataset && r.splitSeed === s.splitSeed);
  const wobble = ([2, 5, 10] as const)
    .map((f) => ({ folds: f, runs: sameSplit.filter((r) => r.folds === f) }))
    .filter((w) => w.runs.length > 0);
  const name = s.dataset === 'iris' ? 'iris' : 'digits';
  const summary = final
    ? m.summaryDone({
        name,
        trainSize: trap?.trainSize,
        trapK1: pct(trap?.trainAccuracyK1),
        holdoutSize: hold?.holdoutSize,
        holdoutK: hold?.holdoutK,
        holdoutAccuracy: pct(hold?.holdoutAccuracy),
        folds: s.folds,
        chosenK: final.chosenK,
        cvAccuracy: pct(final.cvAccuracy),
        cvSd: pct(final.cvSd),
        testAccuracy: pct(final.testAccuracy),
        testSize: final.testSize,
      })
    : trap
      ? [
          m.summaryTrap(pct(trap.trainAccuracyK1)),
          hold ? m.summaryHoldout(hold.holdoutK, pct(hold.holdoutAccuracy)) : '',
          foldsDone ? m.summaryFolds(foldsDone, s.folds) : '',
        ]
          .filter(Boolean)
          .join(' ')
      : m.summaryIdle(name);
  const stageText = final
    ? m.stageDone
    : foldsDone
      ? m.stageFold(foldsDone, s.folds)
      : hold
        ? m.stageHoldout
        : trap
          ? m.stageTrap
          : '';
  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={knnTuningSpec}
        description={m.description}
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="knn-data"
                label={m.dataset}
                value={s.dataset}
                options={[
                  ['iris', m.iris],
                  ['digits', m.digits],
                ]}
                onChange={(v) => change({ dataset: v as typeof s.dataset })}
              />
              <Select
                id="knn-folds"
                label={m.folds}
                value={String(s.folds)}
                options={[
                  ['2', '2'],
                  ['5', '5'],
                  ['10', '10'],
                ]}
                onChange={(v) => change({ folds: Number(v) as typeof s.folds })}
              />
              <Select
                id="knn-kmax"
                label={m.largestK}
                value={String(s.kMax)}
                options={['10', '15', '25', '40'].map((v) => [v, v])}
                onChange={(v) => change({ kMax: Number(v) })}
              />
            </div>
            {controls}
            <div className="widget-buttons">
              <ControlButton unavailable={busy} onClick={repeat}>
                {m.repeat}
              </ControlButton>
            </div>
          </>
        }
        outputs={
          <>
            <MetricOutput
              name="train-accuracy-k1"
              label={m.trainK1}
              value={trap?.trainAccuracyK1}
            />
            <MetricOutput name="holdout-k" label={m.holdoutK} value={hold?.holdoutK} />
            <MetricOutput name="chosen-k" label={m.chosenK} value={final?.chosenK} />
            <MetricOutput name="cv-accuracy" label={m.cvAccuracy} value={final?.cvAccuracy} />
            <MetricOutput name="test-accuracy" label={m.testAccuracy} value={final?.testAccuracy} />
          </>
        }
        footer={
          <>
            <DataTable
              caption={m.tableCaption}
              columns={[
                'K',
                m.trainingData,
                m.holdout,
                ...foldCurves.map((_, f) => m.foldN(f + 1)),
                m.mean,
                m.sd,
              ]}
              rows={Array.from({ length: s.kMax }, (_, i) => [
                i + 1,
                chartData.trap[i],
                chartData.holdout[i],
                ...foldCurves.map((c) => c[i]),
                stats.mean[i],
                stats.sd[i],
              ])}
              format={(v) => (Number.isFinite(v) ? formatNumber(v, 4, locale) : '')}
            />
            <WidgetCode summary={m.code} code={knnTuningCode(s)} />
          </>
        }
      >
        {stageText && <p aria-live="polite">{stageText}</p>}
        <FoldScoreChart data={chartData} svgRef={chartSvg} height={330} />
        <ChartActions svgRef={chartSvg} filename="knn-tuning" />
        {wobble.length > 0 && (
          <div>
            {sameSplit.filter((r) => r.folds === s.folds).length > 1 && (
              <>
                <LineChart
                  ref={repeatSvg}
                  label={m.repeatChart}
                  series={sameSplit
                    .filter((r) => r.folds === s.folds)
                    .map((r, i) => ({
                      id: r.key,
                      label: m.shuffleN(r.shuffleSeed),
                      points: r.mean.map((y, k) => ({ x: k + 1, y })),
                      colorIndex: i,
                    }))}
                  height={240}
                  xLabel="K"
                  yLabel={m.meanCvAccuracy}
                  endLabels={false}
                />
                <ChartActions svgRef={repeatSvg} filename="knn-tuning-repeats" />
              </>
            )}
            <p>
              {wobble
                .map((w) =>
                  m.wobble(
                    w.folds,
                    w.runs.length,
                    w.runs.map((r) => r.chosenK).join(', '),
                    pct(Math.min(...w.runs.map((r) => r.cvAccuracy))),
                    pct(Math.max(...w.runs.map((r) => r.cvAccuracy))),
                    pct(spread(w.runs.map((r) => r.cvAccuracy))),
                  ),
                )
                .join('. ')}
              .
            </p>
            <DataTable
              caption={m.runsCaption}
              columns={[
                m.run,
                m.folds,
                m.shuffleState,
                m.chosenKColumn,
                m.cvAccuracyColumn,
                m.testAccuracyColumn,
              ]}
              rows={sameSplit.map((r, i) => [
                i + 1,
                r.folds,
                r.shuffleSeed,
                r.chosenK,
                r.cvAccuracy,
                r.testAccuracy,
              ])}
            />
          </div>
        )}
      </WidgetFrame>
    </div>
  );
}

'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { Output, formatNumber } from '@/components/widget/Output';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { Select } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import { KNN_STAGE, type KnnTuningConfig } from '@/lib/experiments/knnTuning/knnTuning';
import { foldMeans } from '@/lib/experiments/knnTuning/knnTuningStats';
import { knnTuningSpec } from './spec';
import { FoldScoreChart } from './FoldScoreChart';
import { spread, useKnnRepeats } from './useKnnRepeats';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { knnTuningCode } from '@/lib/experiments/knnTuning/knnTuningCode';

const SHARED = ['dataset', 'folds', 'kMax', 'splitSeed', 'shuffleSeed'] as const;
const pct = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? '–' : `${(100 * v).toFixed(1)}%`;

export default function KnnTuning(rawProps: Record<string, unknown>) {
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
    ? `On the ${trap?.trainSize} training samples of ${name}, K=1 scores ${pct(trap?.trainAccuracyK1)} when graded on the training data itself. A hold-out set of ${hold?.holdoutSize} samples picks K=${hold?.holdoutK} (${pct(hold?.holdoutAccuracy)}). ${s.folds}-fold cross-validation picks K=${final.chosenK} with a mean validation accuracy of ${pct(final.cvAccuracy)} ± ${pct(final.cvSd)}; refitted on all training data, it scores ${pct(final.testAccuracy)} on the ${final.testSize} test samples, touched once.`
    : trap
      ? `Scored on its own training data, KNN with K=1 gets ${pct(trap.trainAccuracyK1)}. ${hold ? `A hold-out set picks K=${hold.holdoutK} (${pct(hold.holdoutAccuracy)}). ` : ''}${foldsDone ? `${foldsDone} of ${s.folds} folds scored.` : ''}`
      : `Press Train (or Step, one stage at a time) to score KNN on ${name}: first on the training data, then on a hold-out set, then fold by fold.`;
  const stageText = final
    ? 'Done: the K with the best mean over folds was refitted on all training data and scored once on the test set.'
    : foldsDone
      ? `Cross-validation: fold ${foldsDone} of ${s.folds} scored every K on the part it left out.`
      : hold
        ? 'Hold-out: a quarter of the training data scored every K. A different quarter would give a different curve.'
        : trap
          ? 'The trap: every training point is its own nearest neighbour, so K=1 looks perfect.'
          : '';

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={knnTuningSpec}
        description="Step through the lecture's path: grade on the training data (the trap), on a hold-out set, then by K-fold cross-validation; the chosen K meets the test set once. Repeat with another shuffle to see how much the estimate moves."
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="knn-data"
                label="data set"
                value={s.dataset}
                options={[
                  ['iris', 'iris (150)'],
                  ['digits', 'digits (1,797)'],
                ]}
                onChange={(v) => change({ dataset: v as typeof s.dataset })}
              />
              <Select
                id="knn-folds"
                label="folds"
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
                label="largest K"
                value={String(s.kMax)}
                options={['10', '15', '25', '40'].map((v) => [v, v])}
                onChange={(v) => change({ kMax: Number(v) })}
              />
            </div>
            {controls}
            <div className="widget-buttons">
              <ControlButton unavailable={busy} onClick={repeat}>
                Repeat with another shuffle
              </ControlButton>
            </div>
          </>
        }
        outputs={
          <>
            <Output
              name="train-accuracy-k1"
              label="K=1 on training data"
              value={trap?.trainAccuracyK1}
            />
            <Output name="holdout-k" label="hold-out picks K" value={hold?.holdoutK} />
            <Output name="chosen-k" label="CV picks K" value={final?.chosenK} />
            <Output name="cv-accuracy" label="CV accuracy (mean)" value={final?.cvAccuracy} />
            <Output name="test-accuracy" label="test accuracy (once)" value={final?.testAccuracy} />
          </>
        }
        footer={
          <>
            <DataTable
              caption="Accuracy for each K: on the training data, on the hold-out set, in each fold, and the mean and sd over folds"
              columns={[
                'K',
                'training data',
                'hold-out',
                ...foldCurves.map((_, f) => `fold ${f + 1}`),
                'mean',
                'sd',
              ]}
              rows={Array.from({ length: s.kMax }, (_, i) => [
                i + 1,
                chartData.trap[i],
                chartData.holdout[i],
                ...foldCurves.map((c) => c[i]),
                stats.mean[i],
                stats.sd[i],
              ])}
              format={(v) => (Number.isFinite(v) ? formatNumber(v, 4) : '')}
            />
            <WidgetCode summary="The same search in scikit-learn" code={knnTuningCode(s)} />
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
                  label="Mean cross-validation accuracy over K, one line per repeat with another shuffle"
                  series={sameSplit
                    .filter((r) => r.folds === s.folds)
                    .map((r, i) => ({
                      id: r.key,
                      label: `shuffle ${r.shuffleSeed}`,
                      points: r.mean.map((y, k) => ({ x: k + 1, y })),
                      colorIndex: i,
                    }))}
                  height={240}
                  xLabel="K"
                  yLabel="mean CV accuracy"
                  endLabels={false}
                />
                <ChartActions svgRef={repeatSvg} filename="knn-tuning-repeats" />
              </>
            )}
            <p>
              {wobble
                .map(
                  (w) =>
                    `${w.folds}-fold: ${w.runs.length} run${w.runs.length > 1 ? 's' : ''}, chosen K ${w.runs.map((r) => r.chosenK).join(', ')}, estimate ${pct(Math.min(...w.runs.map((r) => r.cvAccuracy)))}–${pct(Math.max(...w.runs.map((r) => r.cvAccuracy)))} (sd ${pct(spread(w.runs.map((r) => r.cvAccuracy)))})`,
                )
                .join('. ')}
              .
            </p>
            <DataTable
              caption="Every finished run: folds, shuffle, chosen K, cross-validation estimate and test accuracy"
              columns={[
                'run',
                'folds',
                'shuffle random_state',
                'chosen K',
                'CV accuracy',
                'test accuracy',
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

'use client';
import { useMemo, useRef, useState } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import { timeSeriesCvConfigFrom } from '@/lib/experiments/timeSeriesCv/timeSeriesCvConfig';
import { seededRandom } from '@/lib/random/seeded';
import { SCHEME_INFO } from '@/lib/experiments/timeSeriesCv/schemeLabels';
import { SCHEMES, type SchemeName } from '@/lib/experiments/timeSeriesCv/timeSeriesCvFolds';
import { timeSeriesCvSetup } from '@/lib/experiments/timeSeriesCv/timeSeriesCvSetup';
import { timeSeriesCvCode } from '@/lib/experiments/timeSeriesCv/timeSeriesCvCode';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { timeSeriesCvSpec } from './spec';
import { ActivityChart } from './ActivityChart';
import { SchemeTable, type SchemeEstimate } from './SchemeTable';
import { SplitsOnTimeAxis } from './SplitsOnTimeAxis';
import { TimeSeriesCvControls, type TimeSeriesCvSettings } from './TimeSeriesCvControls';
import styles from './TimeSeriesCv.module.css';

const SHARED = [
  'participants',
  'days',
  'futureDays',
  'noiseAutocorrelation',
  'drift',
  'kFolds',
  'others',
  'seed',
] as const;

export default function TimeSeriesCv(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(timeSeriesCvSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(timeSeriesCvSpec, props, SHARED);
  const [picked, setPicked] = useState<{ scheme: SchemeName; fold: number } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const barsSvg = useRef<SVGSVGElement>(null);

  const { seed } = settings;
  const config = timeSeriesCvConfigFrom(settings);
  const configKey = JSON.stringify(config);
  // The page builds the same data and folds the worker trains on: same generator, same seed.
  const setup = useMemo(
    () => timeSeriesCvSetup(JSON.parse(configKey), seededRandom(seed)),
    [configKey, seed],
  );
  const developmentDays = config.days - config.futureDays;

  const run = useTrainingRun(timeSeriesCvSpec, rootRef, config, seed, setSettings);
  const { state } = run;

  const estimates: SchemeEstimate[] = useMemo(
    () =>
      SCHEMES.map((s, k) => {
        const rows = state.rows.filter((r) => r.scheme === k);
        return {
          splits: setup.jobs.filter((j) => j.scheme === s).length,
          done: rows.length,
          meanMse: rows.length ? rows.reduce((a, r) => a + r.mse, 0) / rows.length : null,
        };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.rows, state.version, setup],
  );
  const estimateOf = (s: SchemeName) => estimates[SCHEMES.indexOf(s)].meanMse;

  const last = state.rows.at(-1);
  const current = last ? setup.jobs[last.step - 1] : null;
  const shown = picked
    ? (setup.jobs.find((j) => j.scheme === picked.scheme && j.fold === picked.fold) ??
      setup.jobs[0])
    : (current ?? setup.jobs[0]);

  const change = (patch: Partial<TimeSeriesCvSettings>) => {
    setPicked(null);
    run.change(patch);
  };

  const kFold = estimateOf('kFoldShuffled');
  const future = estimateOf('future');
  const finished = state.status === 'done' && future !== null;
  const optimism = kFold !== null && future !== null ? future - kFold : null;
  const summary =
    finished && kFold !== null && future !== null
      ? `Shuffled ${config.kFolds}-fold estimates a mean squared error of ${formatNumber(kFold, 3)}; the model's error on the ${config.futureDays} held-out future days is ${formatNumber(future, 3)}, ${kFold < future ? `${formatNumber((future / kFold - 1) * 100, 2)}% higher: K-fold was optimistic` : 'no higher: on these settings K-fold was not optimistic'}. ` +
        SCHEMES.slice(1, 5)
          .map(
            (s) =>
              `${SCHEME_INFO[s].label}: ${formatNumber(estimateOf(s) ?? NaN, 3)} over ${estimates[SCHEMES.indexOf(s)].splits} split(s)`,
          )
          .join('; ') +
        '.'
      : last
        ? `Fitted ${last.step} of ${setup.jobs.length} folds; the latest, ${SCHEME_INFO[setup.jobs[last.step - 1].scheme].label} fold ${last.fold + 1}, chose λ = ${last.lambda} and scored a test MSE of ${formatNumber(last.mse, 3)}.`
        : `${config.participants} participants, ${config.days} days of hourly activity each; the last ${config.futureDays} days are held out as the future. Press Train to fit ${setup.jobs.length} ridge regressions, one per fold of every scheme.`;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={timeSeriesCvSpec}
        description="A ridge regression forecasts each hour's activity from the hours before. Every scheme estimates its error on the development days; the held-out future tells the truth. Raise or lower the drift and see whose estimate follows."
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <TimeSeriesCvControls settings={settings} onChange={change} disabled={run.busy} />
            {run.controls}
          </>
        }
        outputs={
          <>
            {SCHEMES.map((s) => (
              <Output
                key={s}
                name={SCHEME_INFO[s].outputName}
                label={SCHEME_INFO[s].short}
                value={estimateOf(s)}
                digits={3}
              />
            ))}
            <Output
              name="optimism-kfold-shuffled"
              label="Future − K-fold"
              value={optimism}
              digits={3}
            />
          </>
        }
        footer={
          <DataTable
            caption="Every fold fitted: scheme, fold, chosen penalty, sizes and test error"
            columns={[
              'step',
              'scheme',
              'fold',
              'λ chosen',
              'train + validation hours',
              'test hours',
              'test MSE',
            ]}
            rows={state.rows.map((r) => [
              r.step,
              SCHEME_INFO[SCHEMES[r.scheme]].label,
              r.fold + 1,
              r.lambda,
              r.trainSize,
              r.testSize,
              r.mse,
            ])}
          />
        }
      >
        <div className="widget-charts two">
          <ActivityChart data={setup.data} developmentDays={developmentDays} shown={3} />
          <SplitsOnTimeAxis
            setup={setup}
            developmentDays={developmentDays}
            job={shown}
            onPick={(scheme, fold) => setPicked({ scheme, fold })}
          />
        </div>
        <div className={styles.section}>
          <BarChart
            ref={barsSvg}
            label="Mean test MSE each scheme estimates, and the error on the held-out future"
            bars={SCHEMES.filter((s) => estimateOf(s) !== null).map((s) => ({
              label: SCHEME_INFO[s].short,
              value: estimateOf(s)!,
              highlight: s === 'future',
              colorIndex: s === 'kFoldShuffled' ? 3 : 0,
            }))}
            valueLabel="mean squared error"
            format={(v) => formatNumber(v, 3)}
          />
          <ChartActions svgRef={barsSvg} filename="time-series-cv-errors" />
        </div>
        <SchemeTable
          estimates={estimates}
          p={config.participants}
          d={developmentDays}
          k={config.kFolds}
        />
        <WidgetCode
          summary="The same in NumPy and scikit-learn"
          code={timeSeriesCvCode(config, seed)}
        />
      </WidgetFrame>
    </div>
  );
}

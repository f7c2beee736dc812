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
import { SCHEME_INFO } from '@/lib/experiments/timeSeriesCv/schemeInfo';
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
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

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
  const m = useMessages(messages);
  const locale = useLocale();
  const num = (v: number) => formatNumber(v, 3, locale);
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
      ? `${m.summaryDone(
          config.kFolds,
          num(kFold),
          config.futureDays,
          num(future),
          kFold < future ? formatNumber((future / kFold - 1) * 100, 2, locale) : null,
        )} ` +
        SCHEMES.slice(1, 5)
          .map((s) =>
            m.schemeEstimate(
              m.schemes[s].label,
              num(estimateOf(s) ?? NaN),
              estimates[SCHEMES.indexOf(s)].splits,
            ),
          )
          .join('; ') +
        '.'
      : last
        ? m.summaryFold(
            last.step,
            setup.jobs.length,
            m.schemes[setup.jobs[last.step - 1].scheme].label,
            last.fold + 1,
            last.lambda,
            num(last.mse),
          )
        : m.summaryIdle(config.participants, config.days, config.futureDays, setup.jobs.length);

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={timeSeriesCvSpec}
        description={m.description}
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
                label={m.schemes[s].short}
                value={estimateOf(s)}
                digits={3}
              />
            ))}
            <Output name="optimism-kfold-shuffled" label={m.optimism} value={optimism} digits={3} />
          </>
        }
        footer={
          <DataTable
            caption={m.foldsCaption}
            columns={[
              m.step,
              m.scheme,
              m.fold,
              m.lambdaChosen,
              m.trainHours,
              m.testHours,
              m.testMse,
            ]}
            rows={state.rows.map((r) => [
              r.step,
              m.schemes[SCHEMES[r.scheme]].label,
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
            label={m.barsLabel}
            bars={SCHEMES.filter((s) => estimateOf(s) !== null).map((s) => ({
              label: m.schemes[s].short,
              value: estimateOf(s)!,
              highlight: s === 'future',
              colorIndex: s === 'kFoldShuffled' ? 3 : 0,
            }))}
            valueLabel={m.meanSquaredError}
            format={num}
          />
          <ChartActions svgRef={barsSvg} filename="time-series-cv-errors" />
        </div>
        <SchemeTable
          estimates={estimates}
          p={config.participants}
          d={developmentDays}
          k={config.kFolds}
        />
        <WidgetCode summary={m.code} code={timeSeriesCvCode(config, seed)} />
      </WidgetFrame>
    </div>
  );
}

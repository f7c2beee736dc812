'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart, type LineSeries } from '@/components/charts/LineChart';
import { metricOutput, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import {
  covariateShiftConfigFrom,
  NET_KINDS,
  type covariateShift,
} from '@/lib/experiments/covariateShift/covariateShift';
import type { MetricOf } from '@/lib/training/experiment';
import type { MetricsRow } from '@/lib/training/protocol';
import { covariateShiftCode } from '@/lib/experiments/covariateShift/covariateShiftCode';
import { activationShift } from '@/lib/experiments/covariateShift/activationShift';
import { covariateShiftSpec } from './spec';
import { CovariateShiftControls } from './CovariateShiftControls';
import { messages } from './messages';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';

/** The headline numbers, named after covariateShift's metrics (and `shift-${string}`, worked out on the page). */
const MetricOutput = metricOutput<typeof covariateShift, `shift-${string}`>();

const SHARED = [
  'learningRate',
  'batchSize',
  'noiseMean',
  'noiseStd',
  'probeLayer',
  'seed',
] as const;
const WINDOW = 20;

type Metric = MetricOf<typeof covariateShift>;

const windowMean = (rows: readonly MetricsRow<Metric>[], key: Metric) => {
  const tail = rows
    .slice(-WINDOW)
    .map((r) => r[key])
    .filter(Number.isFinite);
  return tail.length ? tail.reduce((a, b) => a + b, 0) / tail.length : undefined;
};

export default function CovariateShift(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const locale = useLocale();
  const NAMES = m.names;
  const props = useMemo(() => parseWidgetProps(covariateShiftSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(covariateShiftSpec, props, SHARED);
  const rootRef = useRef<HTMLDivElement>(null);
  const actsSvg = useRef<SVGSVGElement>(null);
  const accSvg = useRef<SVGSVGElement>(null);
  const l2Svg = useRef<SVGSVGElement>(null);
  const cosSvg = useRef<SVGSVGElement>(null);
  const config = covariateShiftConfigFrom(settings);
  const { state, change, busy, controls } = useTrainingRun(
    covariateShiftSpec,
    rootRef,
    config,
    settings.seed,
    setSettings,
  );

  const rows = state.rows;
  const charts = useMemo(() => {
    const line = (prefix: 'accuracy' | 'ics-l2' | 'ics-cos'): LineSeries[] =>
      NET_KINDS.map((k, i) => ({
        id: k,
        label: NAMES[k],
        colorIndex: i,
        points: rows.map((r) => ({ x: r.step, y: r[`${prefix}-${k}`] })),
      }));
    // Drawn widest first, so the noisy net's band does not hide the other two.
    const acts: LineSeries[] = NET_KINDS.map((k, i) => ({
      id: k,
      label: NAMES[k],
      colorIndex: i,
      points: rows.map((r) => ({ x: r.step, y: r[`q50-${k}`] })),
      band: rows.map((r) => ({ x: r.step, lo: r[`q10-${k}`], hi: r[`q90-${k}`] })),
    })).reverse();
    const shift = Object.fromEntries(
      NET_KINDS.map((k) => [
        k,
        activationShift(
          rows.map((r) => r[`q10-${k}`]),
          rows.map((r) => r[`q50-${k}`]),
          rows.map((r) => r[`q90-${k}`]),
        ),
      ]),
    );
    return { acts, acc: line('accuracy'), l2: line('ics-l2'), cos: line('ics-cos'), shift };
  }, [rows, state.version, NAMES]); // eslint-disable-line react-hooks/exhaustive-deps

  const last = rows.at(-1);
  const probe = Math.min(settings.probeLayer, settings.hiddenLayers);
  const xDomain: [number, number] = [1, Math.max(2, settings.steps)];
  const num = (v: number | undefined) => formatNumber(v ?? NaN, 3, locale);
  const fmt = (k: Metric) => num(last?.[k]);
  const each = (value: (k: (typeof NET_KINDS)[number]) => number | undefined) =>
    NET_KINDS.map((k) => m.valueOf(num(value(k)), NAMES[k])).join(', ');
  const summary = last
    ? m.accuracySummary(
        last.step,
        fmt('accuracy-standard'),
        fmt('accuracy-bn'),
        fmt('accuracy-noisy-bn'),
      ) +
      m.shiftSummary(
        settings.probeUnit,
        probe,
        each((k) => charts.shift[k]),
      ) +
      m.icsSummary(
        Math.min(WINDOW, rows.length),
        probe,
        each((k) => windowMean(rows, `ics-l2-${k}`)),
      )
    : m.idle(settings.hiddenLayers);
  const frame = runFrame(state);

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={covariateShiftSpec}
        description={m.description}
        {...frame}
        summary={summary}
        controls={
          <>
            <CovariateShiftControls settings={settings} onChange={change} disabled={busy} />
            {controls}
          </>
        }
        outputs={
          <>
            {NET_KINDS.map((k) => (
              <MetricOutput
                key={`a${k}`}
                name={`accuracy-${k}`}
                label={m.testAccuracyOf(NAMES[k])}
                value={last?.[`accuracy-${k}`]}
                digits={3}
              />
            ))}
            {NET_KINDS.map((k) => (
              <MetricOutput
                key={`i${k}`}
                name={`ics-l2-${k}`}
                label={`‖G − G′‖ ${NAMES[k]}`}
                value={windowMean(rows, `ics-l2-${k}`)}
                digits={3}
              />
            ))}
            {NET_KINDS.map((k) => (
              <MetricOutput
                key={`s${k}`}
                name={`shift-${k}`}
                label={m.shiftOf(NAMES[k])}
                value={rows.length > 1 ? charts.shift[k] : undefined}
                digits={3}
              />
            ))}
          </>
        }
        footer={
          <DataTable
            caption={m.tableCaption}
            maxRows={400}
            columns={[
              m.step,
              ...NET_KINDS.map((k) => m.columnNames[k]).flatMap((name) => [
                m.accuracyColumn(name),
                `q10 ${name}`,
                `q50 ${name}`,
                `q90 ${name}`,
                `ICS l2 ${name}`,
                `ICS cos ${name}`,
              ]),
            ]}
            rows={rows.map((r) => [
              r.step,
              ...NET_KINDS.flatMap((k) => [
                r[`accuracy-${k}`],
                r[`q10-${k}`],
                r[`q50-${k}`],
                r[`q90-${k}`],
                r[`ics-l2-${k}`],
                r[`ics-cos-${k}`],
              ]),
            ])}
          />
        }
      >
        <div className="widget-charts two">
          <div>
            <LineChart
              ref={actsSvg}
              label={m.activationChart(settings.probeUnit, probe)}
              series={charts.acts}
              height={280}
              xDomain={xDomain}
              xLabel={m.step}
              yLabel={m.activationAxis(probe)}
            />
            <ChartActions svgRef={actsSvg} filename="covariate-shift-activations" />
          </div>
          <div>
            <LineChart
              ref={accSvg}
              label={m.accuracyChart}
              series={charts.acc}
              height={280}
              xDomain={xDomain}
              yDomain={[0, 1]}
              xLabel={m.step}
              yLabel={m.testAccuracy}
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: m.diverged, tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={accSvg} filename="covariate-shift-accuracy" />
          </div>
          <div>
            <LineChart
              ref={l2Svg}
              label={m.l2Chart(probe)}
              series={charts.l2}
              height={260}
              xDomain={xDomain}
              yScale="log"
              xLabel={m.step}
              yLabel={m.l2Axis}
            />
            <ChartActions svgRef={l2Svg} filename="covariate-shift-ics-l2" />
          </div>
          <div>
            <LineChart
              ref={cosSvg}
              label={m.cosChart(probe)}
              series={charts.cos}
              height={260}
              xDomain={xDomain}
              xLabel={m.step}
              yLabel="cos(G, G′)"
            />
            <ChartActions svgRef={cosSvg} filename="covariate-shift-ics-cos" />
          </div>
        </div>
        <WidgetCode code={covariateShiftCode(config, settings.seed)} />
      </WidgetFrame>
    </div>
  );
}

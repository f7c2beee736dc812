'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart, type LineSeries } from '@/components/charts/LineChart';
import { Output, formatNumber } from '@/components/widget/Output';
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

const SHARED = [
  'learningRate',
  'batchSize',
  'noiseMean',
  'noiseStd',
  'probeLayer',
  'seed',
] as const;
const NAMES: Record<(typeof NET_KINDS)[number], string> = {
  standard: 'standard',
  bn: 'batch norm',
  'noisy-bn': 'noisy batch norm',
};
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
  }, [rows, state.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const last = rows.at(-1);
  const probe = Math.min(settings.probeLayer, settings.hiddenLayers);
  const xDomain: [number, number] = [1, Math.max(2, settings.steps)];
  const fmt = (k: Metric) => formatNumber(last?.[k] ?? NaN, 3);
  const summary = last
    ? `After ${last.step} steps the test accuracy is ${fmt('accuracy-standard')} for the standard net, ${fmt('accuracy-bn')} with batch norm and ${fmt('accuracy-noisy-bn')} with noisy batch norm. ` +
      `Unit ${settings.probeUnit} of hidden layer ${probe} moves on average by ${NET_KINDS.map((k) => `${formatNumber(charts.shift[k], 3)} (${NAMES[k]})`).join(', ')} per step (change of its median plus change of its 10–90 % spread). ` +
      `Over the last ${Math.min(WINDOW, rows.length)} steps the gradient change ‖G − G′‖ of layer ${probe} averages ${NET_KINDS.map((k) => `${formatNumber(windowMean(rows, `ics-l2-${k}`) ?? NaN, 3)} (${NAMES[k]})`).join(', ')}.`
    : `Three ${settings.hiddenLayers}-layer MLPs start from the same weights and see the same minibatches of the digits; press Train to run them side by side.`;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={covariateShiftSpec}
        description="Noisy batch norm adds noise whose mean and variance are drawn afresh every step after each batch-norm layer, so the next layer’s inputs shift all the time. Does it still train like batch norm?"
        {...runFrame(state)}
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
              <Output
                key={`a${k}`}
                name={`accuracy-${k}`}
                label={`test acc. ${NAMES[k]}`}
                value={last?.[`accuracy-${k}`]}
                digits={3}
              />
            ))}
            {NET_KINDS.map((k) => (
              <Output
                key={`i${k}`}
                name={`ics-l2-${k}`}
                label={`‖G − G′‖ ${NAMES[k]}`}
                value={windowMean(rows, `ics-l2-${k}`)}
                digits={3}
              />
            ))}
            {NET_KINDS.map((k) => (
              <Output
                key={`s${k}`}
                name={`shift-${k}`}
                label={`shift ${NAMES[k]}`}
                value={rows.length > 1 ? charts.shift[k] : undefined}
                digits={3}
              />
            ))}
          </>
        }
        footer={
          <DataTable
            caption="Per step, for each network: test accuracy, activation quantiles of the probed unit, ‖G − G′‖ and cos(G, G′)"
            maxRows={400}
            columns={[
              'step',
              ...NET_KINDS.flatMap((k) => [
                `acc ${k}`,
                `q10 ${k}`,
                `q50 ${k}`,
                `q90 ${k}`,
                `ICS l2 ${k}`,
                `ICS cos ${k}`,
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
              label={`Activation of unit ${settings.probeUnit} in hidden layer ${probe}: median line and 10–90 % band over the minibatch, per step`}
              series={charts.acts}
              height={280}
              xDomain={xDomain}
              xLabel="step"
              yLabel={`layer ${probe} activation`}
            />
            <ChartActions svgRef={actsSvg} filename="covariate-shift-activations" />
          </div>
          <div>
            <LineChart
              ref={accSvg}
              label="Test accuracy per step"
              series={charts.acc}
              height={280}
              xDomain={xDomain}
              yDomain={[0, 1]}
              xLabel="step"
              yLabel="test accuracy"
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: 'diverged', tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={accSvg} filename="covariate-shift-accuracy" />
          </div>
          <div>
            <LineChart
              ref={l2Svg}
              label={`ICS of layer ${probe}: ‖G − G′‖₂ per step, log scale`}
              series={charts.l2}
              height={260}
              xDomain={xDomain}
              yScale="log"
              xLabel="step"
              yLabel="‖G − G′‖ (log)"
            />
            <ChartActions svgRef={l2Svg} filename="covariate-shift-ics-l2" />
          </div>
          <div>
            <LineChart
              ref={cosSvg}
              label={`ICS of layer ${probe}: cos(G, G′) per step`}
              series={charts.cos}
              height={260}
              xDomain={xDomain}
              xLabel="step"
              yLabel="cos(G, G′)"
            />
            <ChartActions svgRef={cosSvg} filename="covariate-shift-ics-cos" />
          </div>
        </div>
        <WidgetCode
          summary="The same in PyTorch"
          code={covariateShiftCode(config, settings.seed)}
        />
      </WidgetFrame>
    </div>
  );
}

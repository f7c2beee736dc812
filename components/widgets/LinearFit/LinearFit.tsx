'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { metricOutput, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import type { LinearFitConfig, linearFit } from '@/lib/experiments/linearFit/linearFit';
import { linearFitCode } from '@/lib/experiments/linearFit/linearFitCode';
import {
  leastSquares,
  linearFitData,
  meanSquaredError,
} from '@/lib/experiments/linearFit/linearFitData';
import { seededRandom } from '@/lib/random/seeded';
import { linearFitSpec } from './spec';
import { FitPlot } from './FitPlot';
import { LinearFitControls } from './LinearFitControls';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

/** The headline numbers, named after linearFit's metrics (and 'step' | 'least-squares', worked out on the page). */
const MetricOutput = metricOutput<typeof linearFit, 'step' | 'least-squares'>();

const SHARED = [
  'inFeatures',
  'optimizer',
  'learningRate',
  'noise',
  'batchSize',
  'seed',
  'samples',
  'steps',
] as const;

export default function LinearFit(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const locale = useLocale();
  const props = useMemo(() => parseWidgetProps(linearFitSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(linearFitSpec, props, SHARED);
  const rootRef = useRef<HTMLDivElement>(null);
  const lossSvg = useRef<SVGSVGElement>(null);
  const fitSvg = useRef<SVGSVGElement>(null);

  const config: LinearFitConfig = {
    inFeatures: settings.inFeatures,
    optimizer: settings.optimizer,
    learningRate: settings.learningRate,
    noise: settings.noise,
    batchSize: settings.batchSize,
    samples: settings.samples,
    steps: settings.steps,
  };
  const configKey = JSON.stringify(config);
  // The page draws the same data the worker trains on: same generator, same seed.
  const data = useMemo(
    () => linearFitData(JSON.parse(configKey), seededRandom(settings.seed)),
    [configKey, settings.seed],
  );
  const best = useMemo(() => {
    const fit = leastSquares(data);
    return { ...fit, mse: meanSquaredError(data, fit.a, fit.b) };
  }, [data]);

  const { state, change, busy, controls } = useTrainingRun(
    linearFitSpec,
    rootRef,
    config,
    settings.seed,
    setSettings,
  );

  const last = state.rows.at(-1);
  const a = last ? Array.from({ length: settings.inFeatures }, (_, j) => last[`a${j}`]) : null;
  const b = last ? last.b : null;
  const lossPoints = useMemo(
    () => state.rows.map((r) => ({ x: r.step, y: r.loss })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.rows, state.version],
  );

  const fmt = (v: number, digits = 4) => formatNumber(v, digits, locale);
  const summary = last
    ? m.summaryDone(
        last.step,
        data.n,
        fmt(last.loss),
        fmt(best.mse),
        (a ?? []).map((v, j) => `a${j + 1} = ${fmt(v, 3)}`).join(', '),
        fmt(b ?? NaN, 3),
        data.trueA.map((v, j) => `a${j + 1} = ${v}`).join(', '),
        String(data.trueB),
      )
    : m.summaryIdle(data.n, settings.inFeatures);
  const frame = runFrame(state);

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={linearFitSpec}
        description={m.description}
        {...frame}
        summary={summary}
        controls={
          <>
            <LinearFitControls settings={settings} onChange={change} disabled={busy} />
            {controls}
          </>
        }
        outputs={
          <>
            <MetricOutput name="loss" label={m.mseAll} value={last?.loss} />
            <MetricOutput name="step" label={m.steps} value={state.step} />
            {Array.from({ length: settings.inFeatures }, (_, j) => (
              <MetricOutput
                key={j}
                name={`a${j + 1}`}
                label={`A[0, ${j}]`}
                value={a?.[j]}
                digits={3}
              />
            ))}
            <MetricOutput name="b" label="b" value={b} digits={3} />
            <MetricOutput name="least-squares" label={m.bestMse} value={best.mse} />
          </>
        }
        footer={
          <>
            <DataTable
              caption={m.table}
              columns={[
                m.step,
                m.loss,
                ...Array.from({ length: settings.inFeatures }, (_, j) => `A[0, ${j}]`),
                'b',
              ]}
              rows={state.rows.map((r) => [
                r.step,
                r.loss,
                ...Array.from({ length: settings.inFeatures }, (_, j) => r[`a${j}`]),
                r.b,
              ])}
            />
            <WidgetCode code={linearFitCode(config, settings.seed)} />
          </>
        }
      >
        <div className="widget-charts two">
          <div>
            <LineChart
              ref={lossSvg}
              label={m.lossChart}
              series={[
                { id: 'loss', label: m.mseSeries, points: lossPoints },
                {
                  id: 'floor',
                  label: m.leastSquares,
                  points: lossPoints.length
                    ? [
                        { x: 1, y: best.mse },
                        { x: Math.max(2, state.step), y: best.mse },
                      ]
                    : [],
                  dashed: true,
                  colorIndex: 3,
                },
              ]}
              yScale="log"
              height={260}
              xLabel={m.step}
              yLabel={m.mseAxis}
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: m.diverged, tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={lossSvg} filename="linear-fit-loss" />
          </div>
          <div>
            <FitPlot data={data} a={a} b={b} svgRef={fitSvg} />
            <ChartActions svgRef={fitSvg} filename="linear-fit-data" />
          </div>
        </div>
      </WidgetFrame>
    </div>
  );
}

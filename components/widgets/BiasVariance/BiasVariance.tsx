'use client';
import { useMemo, useRef, useState } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { Output, formatNumber } from '@/components/widget/Output';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import {
  capacitySweep,
  simulateBiasVariance,
  type BiasVarianceConfig,
} from '@/lib/experiments/biasVariance/simulate';
import { useLocale, useMessages, useT } from '@/components/site/LocaleProvider';
import { biasVarianceSpec } from './spec';
import { BiasVarianceControls } from './BiasVarianceControls';
import { FanLegend } from './FanLegend';
import { FanPlot } from './FanPlot';
import { messages } from './messages';
import {
  biasVarianceCode,
  BIAS_VARIANCE_TEST_POINTS as TEST_POINTS,
} from '@/lib/experiments/biasVariance/biasVarianceCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const SHARED = ['target', 'noise', 'samples', 'degree', 'ridge', 'datasets', 'seed'] as const;
const FAN = 40;

export default function BiasVariance(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const t = useT();
  const locale = useLocale();
  const fmt = (v: number, digits = 4) => formatNumber(v, digits, locale);
  const props = useMemo(() => parseWidgetProps(biasVarianceSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(biasVarianceSpec, props, SHARED);
  const [ran, setRan] = useState(false);
  const fanSvg = useRef<SVGSVGElement>(null);
  const sweepSvg = useRef<SVGSVGElement>(null);
  const barSvg = useRef<SVGSVGElement>(null);

  const degree = Math.min(settings.degree, settings.samples - 1);
  const config: BiasVarianceConfig = {
    target: settings.target,
    noise: settings.noise,
    samples: settings.samples,
    degree,
    ridge: settings.ridge,
    datasets: settings.datasets,
    testPoints: TEST_POINTS,
  };
  const key = JSON.stringify(config);
  const run = useMemo(
    () => (ran ? simulateBiasVariance(JSON.parse(key), settings.seed) : null),
    [ran, key, settings.seed],
  );
  const maxDegree = Math.min(settings.maxDegree, settings.samples - 1);
  const sweep = useMemo(
    () =>
      ran
        ? capacitySweep(
            JSON.parse(key),
            Array.from({ length: maxDegree + 1 }, (_, d) => d),
            settings.seed,
          )
        : [],
    [ran, key, maxDegree, settings.seed],
  );

  const sweepSeries = useMemo(() => {
    const line = (
      id: string,
      label: string,
      pick: (s: (typeof sweep)[number]) => number,
      colorIndex: number,
      dashed = false,
    ) => ({
      id,
      label,
      colorIndex,
      dashed,
      points: sweep.map((s) => ({ x: s.degree, y: pick(s) })),
    });
    return [
      line('error', m.testError, (s) => s.expectedError, 0),
      line('bias2', m.bias2, (s) => s.bias2, 1),
      line('variance', m.variance, (s) => s.variance, 2),
      line('noise', m.noise, (s) => s.noise, 3, true),
    ];
  }, [sweep, m]);
  const best = sweep.length
    ? sweep.reduce((a, b) => (b.expectedError < a.expectedError ? b : a))
    : null;

  const fName = m.targets[settings.target];
  const summary = run
    ? m.setup(settings.datasets, settings.samples, fName, settings.noise, degree) +
      (settings.ridge > 0 ? m.withRidge(settings.ridge) : '') +
      '. ' +
      m.terms(
        TEST_POINTS,
        fmt(run.bias2),
        fmt(run.variance),
        fmt(run.noise),
        fmt(run.sum),
        fmt(run.expectedError),
        fmt(run.standardError, 2),
      ) +
      (best
        ? m.sweepSummary(
            maxDegree,
            best.degree,
            fmt(best.expectedError),
            fmt(sweep[0].bias2),
            fmt(sweep.at(-1)!.variance),
          )
        : '')
    : m.idle(settings.datasets, settings.samples, fName, degree);

  return (
    <WidgetFrame
      spec={biasVarianceSpec}
      description={m.description}
      status={run ? 'done' : 'idle'}
      summary={summary}
      controls={
        <>
          <BiasVarianceControls settings={settings} onChange={setSettings} />
          <div className="widget-buttons">
            <ControlButton className="primary" unavailable={false} onClick={() => setRan(true)}>
              {t.run}
            </ControlButton>
          </div>
        </>
      }
      outputs={
        <>
          <Output name="bias2" label={m.bias2} value={run?.bias2} />
          <Output name="variance" label={m.variance} value={run?.variance} />
          <Output name="noise" label={m.noise} value={run?.noise} />
          <Output name="sum" label={m.sum} value={run?.sum} />
          <Output name="expected-error" label={m.measuredError} value={run?.expectedError} />
          <Output name="standard-error" label={m.mcError} value={run?.standardError} digits={2} />
        </>
      }
      footer={
        run && (
          <>
            <DataTable
              caption={m.pointTable}
              columns={['x', 'f(x)', 'E[f̂(x)]', m.bias2, m.variance]}
              rows={Array.from(run.testX, (x, j) => [
                x,
                run.f[j],
                run.meanFit[j],
                run.bias2At[j],
                run.varianceAt[j],
              ])}
            />
            <DataTable
              caption={m.sweepTable}
              columns={[
                m.degree,
                m.bias2,
                m.variance,
                m.noise,
                m.sum,
                m.testError,
                m.mcErrorColumn,
              ]}
              rows={sweep.map((s) => [
                s.degree,
                s.bias2,
                s.variance,
                s.noise,
                s.sum,
                s.expectedError,
                s.standardError,
              ])}
            />
          </>
        )
      }
    >
      {run && (
        <div className="widget-charts two">
          <div>
            <FanLegend shown={Math.min(FAN, settings.datasets)} total={settings.datasets} />
            <FanPlot run={run} shown={FAN} svgRef={fanSvg} />
            <ChartActions svgRef={fanSvg} filename="bias-variance-fan" />
          </div>
          <div>
            <LineChart
              ref={sweepSvg}
              label={m.sweepChart}
              series={sweepSeries}
              yScale="log"
              height={300}
              xLabel={m.degree}
              yLabel={m.logScale}
              markers={[{ x: config.degree, label: `d = ${config.degree}`, tone: 'accent' }]}
            />
            <ChartActions svgRef={sweepSvg} filename="bias-variance-sweep" />
          </div>
          <div>
            <BarChart
              ref={barSvg}
              label={m.barChart}
              bars={[
                { label: m.bias2, value: run.bias2, colorIndex: 1 },
                { label: m.variance, value: run.variance, colorIndex: 2 },
                { label: m.noise, value: run.noise, colorIndex: 3 },
                { label: m.sum, value: run.sum, colorIndex: 4 },
                { label: m.testError, value: run.expectedError, colorIndex: 0 },
              ]}
            />
            <ChartActions svgRef={barSvg} filename="bias-variance-terms" />
          </div>
        </div>
      )}
      <WidgetCode summary={m.code} code={biasVarianceCode(settings, TEST_POINTS)} />
    </WidgetFrame>
  );
}

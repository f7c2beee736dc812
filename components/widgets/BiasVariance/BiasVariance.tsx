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
import { targetFunctions } from '@/lib/experiments/biasVariance/targetFunctions';
import { t } from '@/lib/site/strings';
import { biasVarianceSpec } from './spec';
import { BiasVarianceControls } from './BiasVarianceControls';
import { FanLegend } from './FanLegend';
import { FanPlot } from './FanPlot';
import {
  biasVarianceCode,
  BIAS_VARIANCE_TEST_POINTS as TEST_POINTS,
} from '@/lib/experiments/biasVariance/biasVarianceCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const SHARED = ['target', 'noise', 'samples', 'degree', 'ridge', 'datasets', 'seed'] as const;
const FAN = 40;

export default function BiasVariance(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(biasVarianceSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(biasVarianceSpec, props, SHARED);
  const [ran, setRan] = useState(false);
  const fanSvg = useRef<SVGSVGElement>(null);
  const sweepSvg = useRef<SVGSVGElement>(null);
  const barSvg = useRef<SVGSVGElement>(null);

  const config: BiasVarianceConfig = {
    target: settings.target,
    noise: settings.noise,
    samples: settings.samples,
    degree: Math.min(settings.degree, settings.samples - 1),
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
      line('error', 'test error', (s) => s.expectedError, 0),
      line('bias2', 'bias²', (s) => s.bias2, 1),
      line('variance', 'variance', (s) => s.variance, 2),
      line('noise', 'noise', (s) => s.noise, 3, true),
    ];
  }, [sweep]);
  const best = sweep.length
    ? sweep.reduce((a, b) => (b.expectedError < a.expectedError ? b : a))
    : null;

  const fName = targetFunctions[settings.target].label;
  const summary = run
    ? `${settings.datasets} training sets of ${settings.samples} points from t = ${fName} + ε with σ = ${settings.noise}, each fitted by a degree-${config.degree} polynomial${settings.ridge > 0 ? ` with ridge λ = ${settings.ridge}` : ''}. ` +
      `Averaged over ${TEST_POINTS} test points on [−1, 1]: bias² ${formatNumber(run.bias2)}, variance ${formatNumber(run.variance)}, noise ${formatNumber(run.noise)}; they sum to ${formatNumber(run.sum)}, and the measured expected test error is ${formatNumber(run.expectedError)} ± ${formatNumber(run.standardError, 2)} (one Monte-Carlo standard error). ` +
      (best
        ? `Over degrees 0 to ${maxDegree} the test error is lowest at degree ${best.degree} (${formatNumber(best.expectedError)}); bias² falls from ${formatNumber(sweep[0].bias2)} at degree 0 and variance rises to ${formatNumber(sweep.at(-1)!.variance)} at degree ${maxDegree}.`
        : '')
    : `Press Run to draw ${settings.datasets} training sets of ${settings.samples} points from t = ${fName} + ε and fit a degree-${config.degree} polynomial to each.`;

  return (
    <WidgetFrame
      spec={biasVarianceSpec}
      description="Every curve in the fan is a least-squares fit to a different training set drawn from the same source. Change the degree and watch the fan narrow or widen and its mean move towards or away from f."
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
          <Output name="bias2" label="bias²" value={run?.bias2} />
          <Output name="variance" label="variance" value={run?.variance} />
          <Output name="noise" label="noise" value={run?.noise} />
          <Output name="sum" label="sum" value={run?.sum} />
          <Output name="expected-error" label="measured test error" value={run?.expectedError} />
          <Output
            name="standard-error"
            label="± MC std. error"
            value={run?.standardError}
            digits={2}
          />
        </>
      }
      footer={
        run && (
          <>
            <DataTable
              caption="Per test point: x, f(x), mean fit, bias², variance"
              columns={['x', 'f(x)', 'E[f̂(x)]', 'bias²', 'variance']}
              rows={Array.from(run.testX, (x, j) => [
                x,
                run.f[j],
                run.meanFit[j],
                run.bias2At[j],
                run.varianceAt[j],
              ])}
            />
            <DataTable
              caption="Capacity sweep: the decomposition at each degree"
              columns={[
                'degree',
                'bias²',
                'variance',
                'noise',
                'sum',
                'test error',
                'MC std. error',
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
              label="Test error, bias², variance and noise against the polynomial degree, log scale"
              series={sweepSeries}
              yScale="log"
              height={300}
              xLabel="degree"
              yLabel="log scale"
              markers={[{ x: config.degree, label: `d = ${config.degree}`, tone: 'accent' }]}
            />
            <ChartActions svgRef={sweepSvg} filename="bias-variance-sweep" />
          </div>
          <div>
            <BarChart
              ref={barSvg}
              label="The measured terms beside the measured test error"
              bars={[
                { label: 'bias²', value: run.bias2, colorIndex: 1 },
                { label: 'variance', value: run.variance, colorIndex: 2 },
                { label: 'noise', value: run.noise, colorIndex: 3 },
                { label: 'sum', value: run.sum, colorIndex: 4 },
                { label: 'test error', value: run.expectedError, colorIndex: 0 },
              ]}
            />
            <ChartActions svgRef={barSvg} filename="bias-variance-terms" />
          </div>
        </div>
      )}
      <WidgetCode
        summary="The same in NumPy and scikit-learn"
        code={biasVarianceCode(settings, TEST_POINTS)}
      />
    </WidgetFrame>
  );
}

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
  batchSizeNoiseConfigFrom,
  SPREAD_SIZES,
  type batchSizeNoise,
} from '@/lib/experiments/batchSizeNoise/batchSizeNoise';
import type { MetricOf } from '@/lib/training/experiment';
import { batchSizeNoiseCode } from '@/lib/experiments/batchSizeNoise/batchSizeNoiseCode';
import { batchSizeNoiseSpec } from './spec';
import { BatchSizeNoiseControls } from './BatchSizeNoiseControls';
import { messages } from './messages';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';

/** The headline numbers, named after batchSizeNoise's metrics. */
const MetricOutput = metricOutput<typeof batchSizeNoise>();

const SHARED = ['smallBatch', 'largeBatch', 'learningRate', 'trainSize', 'seed'] as const;
type Metric = MetricOf<typeof batchSizeNoise>;

export default function BatchSizeNoise(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const locale = useLocale();
  const props = useMemo(() => parseWidgetProps(batchSizeNoiseSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(batchSizeNoiseSpec, props, SHARED);
  const rootRef = useRef<HTMLDivElement>(null);
  const spreadSvg = useRef<SVGSVGElement>(null);
  const accSvg = useRef<SVGSVGElement>(null);
  const gapSvg = useRef<SVGSVGElement>(null);
  const config = batchSizeNoiseConfigFrom(settings);
  const { state, change, busy, controls } = useTrainingRun(
    batchSizeNoiseSpec,
    rootRef,
    config,
    settings.seed,
    setSettings,
  );

  const rows = state.rows;
  const last = rows.at(-1);
  const small = `m = ${settings.smallBatch}`;
  const large = `m = ${settings.largeBatch}`;
  const charts = useMemo(() => {
    const at = (key: 'spread-mean' | 'spread-var') =>
      SPREAD_SIZES.map((size) => ({ x: Math.log2(size), y: last?.[`${key}-m${size}`] ?? NaN }));
    const sigma = last?.['unit-std'] ?? NaN;
    const spread: LineSeries[] = last
      ? [
          { id: 'mean', label: m.batchMean, points: at('spread-mean'), colorIndex: 0 },
          {
            id: 'ref',
            label: 'σ/√m',
            points: SPREAD_SIZES.map((size) => ({
              x: Math.log2(size),
              y: sigma / Math.sqrt(size),
            })),
            colorIndex: 0,
            dashed: true,
          },
          { id: 'var', label: m.batchVariance, points: at('spread-var'), colorIndex: 2 },
        ]
      : [];
    const line = (
      id: string,
      label: string,
      key: Metric,
      colorIndex: number,
      dashed = false,
    ): LineSeries => ({
      id,
      label,
      colorIndex,
      dashed,
      points: rows.map((r) => ({ x: r.step, y: r[key] })),
    });
    return {
      spread,
      acc: [
        line('tr-s', m.train(small), 'train-accuracy-small', 0, true),
        line('te-s', m.test(small), 'test-accuracy-small', 0),
        line('tr-l', m.train(large), 'train-accuracy-large', 1, true),
        line('te-l', m.test(large), 'test-accuracy-large', 1),
      ],
      gap: [line('g-s', small, 'gap-small-batch', 0), line('g-l', large, 'gap-large-batch', 1)],
    };
  }, [rows, state.version, m]); // eslint-disable-line react-hooks/exhaustive-deps

  const f = (k: Metric, d = 3) => formatNumber(last?.[k] ?? NaN, d, locale);
  const sigmaOver = (size: number) =>
    formatNumber((last?.['unit-std'] ?? NaN) / Math.sqrt(size), 3, locale);
  const summary = last
    ? m.spreadSummary(
        config.draws,
        settings.unit,
        f('spread-mean-m8'),
        f('spread-mean-m128'),
        f('unit-std'),
        sigmaOver(8),
        sigmaOver(128),
      ) +
      m.runSummary(
        last.step,
        formatNumber((last.step * settings.largeBatch) / settings.trainSize, 2, locale),
        small,
        f('train-accuracy-small'),
        f('test-accuracy-small'),
        f('gap-small-batch'),
        large,
        f('train-accuracy-large'),
        f('test-accuracy-large'),
        f('gap-large-batch'),
      )
    : m.idle(settings.trainSize, settings.smallBatch, settings.largeBatch);
  const frame = runFrame(state);

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={batchSizeNoiseSpec}
        description={m.description(settings.largeBatch)}
        {...frame}
        summary={summary}
        controls={
          <>
            <BatchSizeNoiseControls settings={settings} onChange={change} disabled={busy} />
            {controls}
          </>
        }
        outputs={
          <>
            <MetricOutput
              name="spread-mean-m8"
              label={m.meanSpread(8)}
              value={last?.['spread-mean-m8']}
              digits={3}
            />
            <MetricOutput
              name="spread-mean-m128"
              label={m.meanSpread(128)}
              value={last?.['spread-mean-m128']}
              digits={3}
            />
            <MetricOutput
              name="spread-var-m8"
              label={m.varianceSpread(8)}
              value={last?.['spread-var-m8']}
              digits={3}
            />
            <MetricOutput
              name="spread-var-m128"
              label={m.varianceSpread(128)}
              value={last?.['spread-var-m128']}
              digits={3}
            />
            <MetricOutput
              name="gap-small-batch"
              label={m.gap(small)}
              value={last?.['gap-small-batch']}
              digits={3}
            />
            <MetricOutput
              name="gap-large-batch"
              label={m.gap(large)}
              value={last?.['gap-large-batch']}
              digits={3}
            />
          </>
        }
        footer={
          <>
            <DataTable
              caption={m.spreadTable}
              columns={['m', m.stdOfMean, 'σ/√m', m.stdOfVariance]}
              rows={
                last
                  ? SPREAD_SIZES.map((size) => [
                      size,
                      last[`spread-mean-m${size}`],
                      last['unit-std'] / Math.sqrt(size),
                      last[`spread-var-m${size}`],
                    ])
                  : []
              }
            />
            <DataTable
              caption={m.tickTable}
              maxRows={400}
              columns={[
                m.tick,
                m.train(small),
                m.test(small),
                m.gap(small),
                m.train(large),
                m.test(large),
                m.gap(large),
              ]}
              rows={rows.map((r) => [
                r.step,
                r['train-accuracy-small'],
                r['test-accuracy-small'],
                r['gap-small-batch'],
                r['train-accuracy-large'],
                r['test-accuracy-large'],
                r['gap-large-batch'],
              ])}
            />
          </>
        }
      >
        <div className="widget-charts two">
          <div>
            <LineChart
              ref={spreadSvg}
              label={m.spreadChart}
              series={charts.spread}
              yScale="log"
              height={280}
              xDomain={[1, 8]}
              formatX={(v) => String(Math.round(2 ** v))}
              xLabel={m.batchSizeAxis}
              yLabel={m.spreadAxis}
            />
            <ChartActions svgRef={spreadSvg} filename="batch-size-noise-spread" />
          </div>
          <div>
            <LineChart
              ref={accSvg}
              label={m.accuracyChart}
              series={charts.acc}
              height={280}
              xDomain={[1, Math.max(2, settings.steps)]}
              xLabel={m.tick}
              yLabel={m.accuracy}
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: m.diverged, tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={accSvg} filename="batch-size-noise-accuracy" />
          </div>
          <div>
            <LineChart
              ref={gapSvg}
              label={m.gapChart}
              series={charts.gap}
              height={240}
              xDomain={[1, Math.max(2, settings.steps)]}
              xLabel={m.tick}
              yLabel={m.gapAxis}
            />
            <ChartActions svgRef={gapSvg} filename="batch-size-noise-gap" />
          </div>
        </div>
        <WidgetCode code={batchSizeNoiseCode(config, settings.seed)} />
      </WidgetFrame>
    </div>
  );
}

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
  batchSizeNoiseConfigFrom,
  SPREAD_SIZES,
  type batchSizeNoise,
} from '@/lib/experiments/batchSizeNoise/batchSizeNoise';
import type { MetricOf } from '@/lib/training/experiment';
import { batchSizeNoiseCode } from '@/lib/experiments/batchSizeNoise/batchSizeNoiseCode';
import { batchSizeNoiseSpec } from './spec';
import { BatchSizeNoiseControls } from './BatchSizeNoiseControls';

const SHARED = ['smallBatch', 'largeBatch', 'learningRate', 'trainSize', 'seed'] as const;
type Metric = MetricOf<typeof batchSizeNoise>;

export default function BatchSizeNoise(rawProps: Record<string, unknown>) {
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
      SPREAD_SIZES.map((m) => ({ x: Math.log2(m), y: last?.[`${key}-m${m}`] ?? NaN }));
    const sigma = last?.['unit-std'] ?? NaN;
    const spread: LineSeries[] = last
      ? [
          { id: 'mean', label: 'batch mean', points: at('spread-mean'), colorIndex: 0 },
          {
            id: 'ref',
            label: 'σ/√m',
            points: SPREAD_SIZES.map((m) => ({ x: Math.log2(m), y: sigma / Math.sqrt(m) })),
            colorIndex: 0,
            dashed: true,
          },
          { id: 'var', label: 'batch variance', points: at('spread-var'), colorIndex: 2 },
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
        line('tr-s', `train ${small}`, 'train-accuracy-small', 0, true),
        line('te-s', `test ${small}`, 'test-accuracy-small', 0),
        line('tr-l', `train ${large}`, 'train-accuracy-large', 1, true),
        line('te-l', `test ${large}`, 'test-accuracy-large', 1),
      ],
      gap: [line('g-s', small, 'gap-small-batch', 0), line('g-l', large, 'gap-large-batch', 1)],
    };
  }, [rows, state.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const f = (k: Metric, d = 3) => formatNumber(last?.[k] ?? NaN, d);
  const summary = last
    ? `Across ${config.draws} real minibatches, unit ${settings.unit}'s batch mean has a standard deviation of ${f('spread-mean-m8')} at m = 8 and ${f('spread-mean-m128')} at m = 128 (the unit's own σ is ${f('unit-std')}; σ/√m gives ${formatNumber((last['unit-std'] ?? NaN) / Math.sqrt(8), 3)} and ${formatNumber((last['unit-std'] ?? NaN) / Math.sqrt(128), 3)}). ` +
      `After ${last.step} ticks (${formatNumber((last.step * settings.largeBatch) / settings.trainSize, 2)} epochs) the ${small} network is at ${f('train-accuracy-small')} train and ${f('test-accuracy-small')} test accuracy (gap ${f('gap-small-batch')}); the ${large} network at ${f('train-accuracy-large')} and ${f('test-accuracy-large')} (gap ${f('gap-large-batch')}).`
    : `Two batch-norm MLPs start from the same weights on ${settings.trainSize} training digits; one learns with batches of ${settings.smallBatch}, the other of ${settings.largeBatch}. Press Train.`;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={batchSizeNoiseSpec}
        description={`Left: how much one unit's batch mean and variance jump between real minibatches, against m (both axes logarithmic). Right: two batch-norm networks trained with small and large batches, each seeing ${settings.largeBatch} samples per tick.`}
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <BatchSizeNoiseControls settings={settings} onChange={change} disabled={busy} />
            {controls}
          </>
        }
        outputs={
          <>
            <Output
              name="spread-mean-m8"
              label="mean spread, m = 8"
              value={last?.['spread-mean-m8']}
              digits={3}
            />
            <Output
              name="spread-mean-m128"
              label="mean spread, m = 128"
              value={last?.['spread-mean-m128']}
              digits={3}
            />
            <Output
              name="spread-var-m8"
              label="variance spread, m = 8"
              value={last?.['spread-var-m8']}
              digits={3}
            />
            <Output
              name="spread-var-m128"
              label="variance spread, m = 128"
              value={last?.['spread-var-m128']}
              digits={3}
            />
            <Output
              name="gap-small-batch"
              label={`gap ${small}`}
              value={last?.['gap-small-batch']}
              digits={3}
            />
            <Output
              name="gap-large-batch"
              label={`gap ${large}`}
              value={last?.['gap-large-batch']}
              digits={3}
            />
          </>
        }
        footer={
          <>
            <DataTable
              caption="Spread of the batch statistics at each batch size (latest tick)"
              columns={['m', 'std of batch mean', 'σ/√m', 'std of batch variance']}
              rows={
                last
                  ? SPREAD_SIZES.map((m) => [
                      m,
                      last[`spread-mean-m${m}`],
                      last['unit-std'] / Math.sqrt(m),
                      last[`spread-var-m${m}`],
                    ])
                  : []
              }
            />
            <DataTable
              caption="Per tick: train and test accuracy and the gap, for both batch sizes"
              maxRows={400}
              columns={[
                'tick',
                `train ${small}`,
                `test ${small}`,
                `gap ${small}`,
                `train ${large}`,
                `test ${large}`,
                `gap ${large}`,
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
              label="Standard deviation across minibatches of the batch mean and batch variance against the batch size m, log–log, with the σ/√m line"
              series={charts.spread}
              yScale="log"
              height={280}
              xDomain={[1, 8]}
              formatX={(v) => String(Math.round(2 ** v))}
              xLabel="batch size m (log scale)"
              yLabel="std across batches (log)"
            />
            <ChartActions svgRef={spreadSvg} filename="batch-size-noise-spread" />
          </div>
          <div>
            <LineChart
              ref={accSvg}
              label="Train (dashed) and test accuracy per tick for the two batch sizes"
              series={charts.acc}
              height={280}
              xDomain={[1, Math.max(2, settings.steps)]}
              xLabel="tick"
              yLabel="accuracy"
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: 'diverged', tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={accSvg} filename="batch-size-noise-accuracy" />
          </div>
          <div>
            <LineChart
              ref={gapSvg}
              label="Generalisation gap, train minus test accuracy, per tick"
              series={charts.gap}
              height={240}
              xDomain={[1, Math.max(2, settings.steps)]}
              xLabel="tick"
              yLabel="train − test accuracy"
            />
            <ChartActions svgRef={gapSvg} filename="batch-size-noise-gap" />
          </div>
        </div>
        <WidgetCode
          summary="The same in PyTorch"
          code={batchSizeNoiseCode(config, settings.seed)}
        />
      </WidgetFrame>
    </div>
  );
}

'use client';
import { useMemo, useRef } from 'react';
import type { ChartMarker, LineSeries } from '@/components/charts/LineChart';
import { metricOutput, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import {
  NETWORKS,
  type LandscapeProbeConfig,
  type landscapeProbe,
} from '@/lib/experiments/landscapeProbe/landscapeProbe';
import type { MetricOf } from '@/lib/training/experiment';
import type { MetricsRow } from '@/lib/training/protocol';
import { landscapeProbeCode } from '@/lib/experiments/landscapeProbe/landscapeProbeCode';
import { landscapeProbeSpec } from './spec';
import { ProbeChart } from './ProbeChart';
import { messages } from './messages';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';

/** The headline numbers, named after landscapeProbe's metrics. */
const MetricOutput = metricOutput<typeof landscapeProbe>();

const SHARED = ['learningRate', 'batchSize', 'hidden', 'initScale', 'seed'] as const;
type Metric = MetricOf<typeof landscapeProbe>;
type Row = MetricsRow<Metric>;

export default function LandscapeProbe(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const locale = useLocale();
  const NAMES = m.names;
  const props = useMemo(() => parseWidgetProps(landscapeProbeSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(landscapeProbeSpec, props, SHARED);
  const rootRef = useRef<HTMLDivElement>(null);
  const { seed, ...rest } = settings;
  const config: LandscapeProbeConfig = rest;
  const {
    state,
    change,
    busy: disabled,
    controls,
  } = useTrainingRun(landscapeProbeSpec, rootRef, config, seed, setSettings);

  const rows = state.rows;
  const charts = useMemo(() => {
    const build = (
      line: (r: Row, n: string) => number,
      band?: (r: Row, n: string) => [number, number],
    ): LineSeries[] =>
      NETWORKS.map((n, i) => {
        const live = rows.filter((r) => Number.isFinite(r[`batch-loss-${n}`]));
        return {
          id: n,
          label: NAMES[n],
          colorIndex: i,
          points: live.map((r) => ({ x: r.step, y: line(r, n) })),
          ...(band
            ? {
                band: live.map((r) => {
                  const [lo, hi] = band(r, n);
                  return { x: r.step, lo, hi };
                }),
              }
            : {}),
        };
      });
    return {
      loss: build(
        (r, n) => r[`batch-loss-${n}`],
        (r, n) => [r[`loss-lo-${n}`], r[`loss-hi-${n}`]],
      ),
      grad: build(
        (r, n) => Math.sqrt(r[`grad-lo-${n}`] * r[`grad-hi-${n}`]),
        (r, n) => [r[`grad-lo-${n}`], r[`grad-hi-${n}`]],
      ),
      beta: build((r, n) => r[`beta-step-${n}`]),
    };
  }, [rows, state.version, NAMES]); // eslint-disable-line react-hooks/exhaustive-deps

  const last = rows.at(-1);
  const latest = (key: Metric) => {
    for (let i = rows.length - 1; i >= 0; i--)
      if (Number.isFinite(rows[i][key])) return rows[i][key];
    return undefined;
  };
  const markers: ChartMarker[] = NETWORKS.flatMap((n) =>
    last && last[`diverged-${n}`]
      ? [
          {
            x: last[`diverged-${n}`],
            label: m.divergedAt(NAMES[n], last[`diverged-${n}`]),
            tone: 'danger' as const,
          },
        ]
      : [],
  );
  const xDomain: [number, number] = [1, Math.max(2, settings.steps)];
  const b = { standard: latest('beta-standard'), bn: latest('beta-bn') };
  const band = { standard: latest('loss-band-standard'), bn: latest('loss-band-bn') };
  const diverged = NETWORKS.filter((n) => last?.[`diverged-${n}`])
    .map((n) => m.networkDiverged(NAMES[n], last?.[`diverged-${n}`] ?? NaN))
    .join(' ');
  const frame = runFrame(state);
  const num = (v: number | undefined) => formatNumber(v ?? NaN, 3, locale);
  const summary = last
    ? m.summaryDone(
        last.step,
        settings.learningRate,
        Math.min(settings.window, last.step),
        num(b.standard),
        num(b.bn),
        num(band.standard),
        num(band.bn),
        diverged,
      )
    : m.summaryIdle(
        settings.hidden,
        settings.learningRate,
        settings.etaPoints,
        settings.etaMin,
        settings.etaMax,
      );

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={landscapeProbeSpec}
        description={m.description}
        {...frame}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Slider
                id="lp-lr"
                label={m.learningRate}
                value={settings.learningRate}
                min={0.01}
                max={2}
                log
                onChange={(v) => change({ learningRate: v })}
                disabled={disabled}
              />
              <Slider
                id="lp-init"
                label={m.initScale}
                value={settings.initScale}
                min={0.1}
                max={10}
                log
                onChange={(v) => change({ initScale: v })}
                disabled={disabled}
              />
              <Select
                id="lp-hidden"
                label={m.hidden}
                value={String(settings.hidden)}
                options={['16', '32', '64'].map((v) => [v, v])}
                onChange={(v) => change({ hidden: Number(v) })}
                disabled={disabled}
              />
              <Select
                id="lp-batch"
                label={m.batchSize}
                value={String(settings.batchSize)}
                options={['16', '32', '64', '128'].map((v) => [v, v])}
                onChange={(v) => change({ batchSize: Number(v) })}
                disabled={disabled}
              />
              <NumberField
                id="lp-seed"
                label={m.seed}
                value={settings.seed}
                min={0}
                onChange={(v) => change({ seed: v })}
                disabled={disabled}
              />
            </div>
            {controls}
          </>
        }
        outputs={
          <>
            <MetricOutput
              name="beta-standard"
              label={m.beta(NAMES.standard)}
              value={b.standard}
              digits={3}
            />
            <MetricOutput name="beta-bn" label={m.beta(NAMES.bn)} value={b.bn} digits={3} />
            <MetricOutput
              name="loss-band-standard"
              label={m.lossBand(NAMES.standard)}
              value={band.standard}
              digits={3}
            />
            <MetricOutput
              name="loss-band-bn"
              label={m.lossBand(NAMES.bn)}
              value={band.bn}
              digits={3}
            />
          </>
        }
      >
        <div className="widget-charts two">
          <ProbeChart
            title={m.lossTitle}
            label={m.lossChart(settings.etaMin, settings.etaMax)}
            series={charts.loss}
            yLabel={m.lossAxis}
            markers={markers}
            xDomain={xDomain}
            filename="landscape-loss"
          />
          <ProbeChart
            title={m.gradientTitle}
            label={m.gradientChart}
            series={charts.grad}
            yLabel={m.gradientAxis}
            markers={markers}
            xDomain={xDomain}
            filename="landscape-gradient"
          />
          <ProbeChart
            title={m.betaTitle}
            label={m.betaChart}
            series={charts.beta}
            yLabel={m.betaAxis}
            markers={markers}
            xDomain={xDomain}
            filename="landscape-beta"
          />
        </div>
        <WidgetCode code={landscapeProbeCode(config, seed)} />
      </WidgetFrame>
    </div>
  );
}

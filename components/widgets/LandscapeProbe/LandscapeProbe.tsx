'use client';
import { useMemo, useRef } from 'react';
import type { ChartMarker, LineSeries } from '@/components/charts/LineChart';
import { Output, formatNumber } from '@/components/widget/Output';
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

const SHARED = ['learningRate', 'batchSize', 'hidden', 'initScale', 'seed'] as const;
const NAMES = { standard: 'standard', bn: 'batch norm' } as const;
type Metric = MetricOf<typeof landscapeProbe>;
type Row = MetricsRow<Metric>;

export default function LandscapeProbe(rawProps: Record<string, unknown>) {
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
  }, [rows, state.version]); // eslint-disable-line react-hooks/exhaustive-deps

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
            label: `${NAMES[n]} diverged at step ${last[`diverged-${n}`]}`,
            tone: 'danger' as const,
          },
        ]
      : [],
  );
  const xDomain: [number, number] = [1, Math.max(2, settings.steps)];
  const b = { standard: latest('beta-standard'), bn: latest('beta-bn') };
  const band = { standard: latest('loss-band-standard'), bn: latest('loss-band-bn') };
  const diverged = NETWORKS.filter((n) => last?.[`diverged-${n}`])
    .map((n) => `The ${NAMES[n]} network diverged at step ${last?.[`diverged-${n}`]}.`)
    .join(' ');
  const summary = last
    ? `After ${last.step} steps at learning rate ${settings.learningRate}, averaged over the last ${Math.min(settings.window, last.step)} steps: effective β-smoothness ${formatNumber(b.standard ?? NaN, 3)} without batch norm and ${formatNumber(b.bn ?? NaN, 3)} with it; the loss varies over a band of ${formatNumber(band.standard ?? NaN, 3)} without and ${formatNumber(band.bn ?? NaN, 3)} with batch norm along the gradient step. ${diverged}`
    : `Press Train: two ${settings.hidden}-unit MLPs, one with batch norm, train on the digits with SGD at learning rate ${settings.learningRate}; at every step each is probed at ${settings.etaPoints} step sizes from ${settings.etaMin} to ${settings.etaMax} times the learning rate along its gradient.`;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={landscapeProbeSpec}
        description="Santurkar et al.'s Figure 4, measured live: at every step each network looks ahead along its gradient at several step sizes. Narrow bands and a small β mean the gradient can be trusted for a larger step."
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Slider
                id="lp-lr"
                label="learning rate"
                value={settings.learningRate}
                min={0.01}
                max={2}
                log
                onChange={(v) => change({ learningRate: v })}
                disabled={disabled}
              />
              <Slider
                id="lp-init"
                label="initial weight scale"
                value={settings.initScale}
                min={0.1}
                max={10}
                log
                onChange={(v) => change({ initScale: v })}
                disabled={disabled}
              />
              <Select
                id="lp-hidden"
                label="hidden units"
                value={String(settings.hidden)}
                options={['16', '32', '64'].map((v) => [v, v])}
                onChange={(v) => change({ hidden: Number(v) })}
                disabled={disabled}
              />
              <Select
                id="lp-batch"
                label="batch size"
                value={String(settings.batchSize)}
                options={['16', '32', '64', '128'].map((v) => [v, v])}
                onChange={(v) => change({ batchSize: Number(v) })}
                disabled={disabled}
              />
              <NumberField
                id="lp-seed"
                label="seed"
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
            <Output name="beta-standard" label="beta, standard" value={b.standard} digits={3} />
            <Output name="beta-bn" label="beta, batch norm" value={b.bn} digits={3} />
            <Output
              name="loss-band-standard"
              label="loss band, standard"
              value={band.standard}
              digits={3}
            />
            <Output name="loss-band-bn" label="loss band, batch norm" value={band.bn} digits={3} />
          </>
        }
      >
        <div className="widget-charts two">
          <ProbeChart
            title="(a) Loss landscape"
            label={`Loss at w − ηg for η in [${settings.etaMin}, ${settings.etaMax}] × lr (band) and the minibatch loss (line), per step`}
            series={charts.loss}
            yLabel="loss (log)"
            markers={markers}
            xDomain={xDomain}
            filename="landscape-loss"
          />
          <ProbeChart
            title="(b) Gradient predictiveness"
            label="‖∇L(w) − ∇L(w − ηg)‖ over the η grid (band) and its geometric middle (line), per step"
            series={charts.grad}
            yLabel="gradient change (log)"
            markers={markers}
            xDomain={xDomain}
            filename="landscape-gradient"
          />
          <ProbeChart
            title="(c) “Effective” β-smoothness"
            label="Largest ‖∇L(w) − ∇L(w − ηg)‖ / ‖ηg‖ over the η grid, per step"
            series={charts.beta}
            yLabel="β (log)"
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

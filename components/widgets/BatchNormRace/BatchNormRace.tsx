'use client';
import { useMemo, useRef, useState } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart, type ChartMarker, type LineSeries } from '@/components/charts/LineChart';
import { metricOutput, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import type {
  BatchNormRaceConfig,
  batchNormRace,
} from '@/lib/experiments/batchNormRace/batchNormRace';
import type { MetricOf } from '@/lib/training/experiment';
import { batchNormRaceCode } from '@/lib/experiments/batchNormRace/batchNormRaceCode';
import { raceKey } from '@/lib/experiments/batchNormRace/batchNormRaceData';
import { batchNormRaceSpec } from './spec';
import { messages } from './messages';
import styles from './BatchNormRace.module.css';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';

/** The headline numbers, named after batchNormRace's metrics. */
const MetricOutput = metricOutput<typeof batchNormRace>();

const SHARED = ['architecture', 'initScale', 'batchSize', 'seed'] as const;
type Split = 'train' | 'test';
type Metric = MetricOf<typeof batchNormRace>;

export default function BatchNormRace(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const locale = useLocale();
  const props = useMemo(() => parseWidgetProps(batchNormRaceSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(batchNormRaceSpec, props, SHARED);
  const [lossSplit, setLossSplit] = useState<Split>('train');
  const [accSplit, setAccSplit] = useState<Split>('test');
  const rootRef = useRef<HTMLDivElement>(null);
  const lossSvg = useRef<SVGSVGElement>(null);
  const accSvg = useRef<SVGSVGElement>(null);
  const { seed, ...rest } = settings;
  const config: BatchNormRaceConfig = rest;
  const {
    state,
    change,
    busy: disabled,
    controls,
  } = useTrainingRun(batchNormRaceSpec, rootRef, config, seed, setSettings);

  const networks = settings.learningRates.flatMap((lr, i) =>
    [true, false].map((bn) => ({
      bn,
      lr,
      i,
      key: raceKey(bn, i),
      label: m.network(bn, lr),
    })),
  );
  const rows = state.rows;
  const ratesKey = settings.learningRates.join();
  const lossKey = (key: string): Metric =>
    lossSplit === 'train' ? `train-loss-${key}` : `test-loss-${key}`;
  const accKey = (key: string): Metric =>
    accSplit === 'train' ? `train-accuracy-${key}` : `accuracy-${key}`;
  const series = useMemo(() => {
    const evalRows = rows.filter((r) =>
      networks.some((n) => Number.isFinite(r[`train-loss-${n.key}`])),
    );
    const build = (metric: (key: string) => Metric): LineSeries[] =>
      networks.map((n) => ({
        id: n.key,
        label: n.label,
        colorIndex: n.i,
        dashed: !n.bn,
        points: evalRows
          .filter((r) => Number.isFinite(r[metric(n.key)]))
          .map((r) => ({ x: r.step, y: r[metric(n.key)] })),
      }));
    return { loss: build(lossKey), acc: build(accKey), evalRows };
  }, [rows, state.version, lossSplit, accSplit, ratesKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const last = rows.at(-1);
  const latest = (key: Metric) => {
    for (let i = rows.length - 1; i >= 0; i--)
      if (Number.isFinite(rows[i][key])) return rows[i][key];
    return undefined;
  };
  const diverged = networks
    .filter((n) => last?.[`diverged-${n.key}`])
    .map((n) => ({ ...n, at: last?.[`diverged-${n.key}`] as number }));
  const markers: ChartMarker[] = diverged.map((n) => ({
    x: n.at,
    label: m.divergedAt(n.label, n.at),
    tone: 'danger',
  }));
  const xDomain: [number, number] = [1, Math.max(2, settings.steps)];
  const accText = networks
    .map(
      (n) =>
        `${n.label}: ${latest(`accuracy-${n.key}`) === undefined ? '–' : `${formatNumber(100 * (latest(`accuracy-${n.key}`) as number), 3, locale)}%`}`,
    )
    .join('; ');
  const arch = m.architectureName(settings.architecture);
  const summary = last
    ? m.summaryDone(
        last.step,
        arch,
        settings.initScale,
        accText,
        diverged.map((n) => `${m.divergedAt(n.label, n.at)}.`).join(' '),
      )
    : m.summaryIdle(networks.length, arch);
  const table = (metric: (key: string) => Metric, caption: string) => (
    <DataTable
      caption={caption}
      columns={[m.step, ...networks.map((n) => n.label)]}
      rows={series.evalRows.map((r) => [
        r.step,
        ...networks.map((n) => (Number.isFinite(r[metric(n.key)]) ? r[metric(n.key)] : null)),
      ])}
    />
  );

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={batchNormRaceSpec}
        description={m.description}
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="bnr-arch"
                label={m.architecture}
                value={settings.architecture}
                options={[
                  ['mlp', m.mlp],
                  ['cnn', m.cnn],
                ]}
                onChange={(v) => change({ architecture: v as typeof settings.architecture })}
                disabled={disabled}
              />
              <Slider
                id="bnr-init"
                label={m.initScale}
                value={settings.initScale}
                min={0.1}
                max={10}
                log
                onChange={(v) => change({ initScale: v })}
                disabled={disabled}
              />
              <Select
                id="bnr-batch"
                label={m.batchSize}
                value={String(settings.batchSize)}
                options={['16', '32', '64', '128'].map((v) => [v, v])}
                onChange={(v) => change({ batchSize: Number(v) })}
                disabled={disabled}
              />
              <NumberField
                id="bnr-seed"
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
        outputs={networks.map((n) => (
          <MetricOutput
            key={n.key}
            name={`accuracy-${n.key}`}
            label={m.testAccuracy(n.label)}
            value={latest(`accuracy-${n.key}`)}
            digits={3}
          />
        ))}
      >
        <p className={styles.legend} aria-label={m.legend}>
          {settings.learningRates.map((lr, i) => (
            <span key={i}>
              <span
                aria-hidden="true"
                className={styles.swatch}
                style={{ background: `var(--series-${(i % 6) + 1})` }}
              />
              {m.learningRate(lr)}
            </span>
          ))}
          <span className={styles.muted}>{m.lineStyles}</span>
        </p>
        <div className="widget-charts two">
          <div>
            <Select
              id="bnr-loss-split"
              label={m.lossOn}
              value={lossSplit}
              options={[
                ['train', m.trainingSet],
                ['test', m.testSet],
              ]}
              onChange={(v) => setLossSplit(v as Split)}
            />
            <LineChart
              ref={lossSvg}
              label={m.lossChart(lossSplit)}
              series={series.loss}
              yScale="log"
              height={280}
              xLabel={m.step}
              yLabel={m.lossLog}
              xDomain={xDomain}
              markers={markers}
              endLabels={false}
              legend={false}
            />
            <ChartActions svgRef={lossSvg} filename="batch-norm-race-loss" />
            {table(lossKey, m.lossTable(lossSplit))}
          </div>
          <div>
            <Select
              id="bnr-acc-split"
              label={m.accuracyOn}
              value={accSplit}
              options={[
                ['test', m.testSet],
                ['train', m.trainingSet],
              ]}
              onChange={(v) => setAccSplit(v as Split)}
            />
            <LineChart
              ref={accSvg}
              label={m.accuracyChart(accSplit)}
              series={series.acc}
              height={280}
              xLabel={m.step}
              yLabel={m.accuracy}
              xDomain={xDomain}
              yDomain={[0, 1]}
              markers={markers}
              endLabels={false}
              legend={false}
            />
            <ChartActions svgRef={accSvg} filename="batch-norm-race-accuracy" />
            {table(accKey, m.accuracyTable(accSplit))}
          </div>
        </div>
        <WidgetCode code={batchNormRaceCode(config, settings.seed)} />
      </WidgetFrame>
    </div>
  );
}

'use client';
import { useMemo, useRef } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { metricOutput, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import type {
  ContainersTrainConfig,
  containersTrain,
} from '@/lib/experiments/containersTrain/containersTrain';
import { containersComparedCode } from '@/lib/experiments/containersTrain/containersComparedCode';
import { containersComparedSpec } from './spec';
import { containerRows, pitfallParameterCount } from './containerRows';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './ContainersCompared.module.css';

/** The headline numbers, named after containersTrain's metrics (and 'loss' | 'params', worked out on the page). */
const MetricOutput = metricOutput<typeof containersTrain, 'loss' | 'params'>();

const LAYERS = ['hidden[0]', 'hidden[1]', 'out'];
const MODEL_KEYS = ['ModuleList', 'PlainList'] as const;

export default function ContainersCompared(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(containersComparedSpec, rawProps), [rawProps]);
  const m = useMessages(messages);
  const locale = useLocale();
  const MODELS = MODEL_KEYS.map((key) => ({
    key,
    label: key === 'ModuleList' ? 'ModuleList' : m.plainList,
  }));
  const [s, set] = useUrlState(containersComparedSpec, props, [
    'hidden',
    'learningRate',
    'batchSize',
    'seed',
  ]);
  const rootRef = useRef<HTMLDivElement>(null);
  const lossSvg = useRef<SVGSVGElement>(null);
  const barSvg = useRef<SVGSVGElement>(null);
  const rows = useMemo(() => containerRows(), []);
  const counts = useMemo(
    () => ({
      ModuleList: pitfallParameterCount('moduleList', s.hidden),
      PlainList: pitfallParameterCount('plainList', s.hidden),
    }),
    [s.hidden],
  );
  const config: ContainersTrainConfig = {
    hidden: s.hidden,
    learningRate: s.learningRate,
    batchSize: s.batchSize,
    steps: s.steps,
  };
  const { state, change, controls } = useTrainingRun(
    containersComparedSpec,
    rootRef,
    config,
    s.seed,
    set,
  );

  const last = state.rows.at(-1);
  const lossSeries = useMemo(
    () =>
      MODELS.map((model, k) => ({
        id: model.key,
        label: model.label,
        points: state.rows.map((r) => ({ x: r.step, y: r[`loss${model.key}`] })),
        colorIndex: k,
      })),
    [state.rows, state.version, m], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const bars = MODELS.flatMap((model, k) =>
    LAYERS.map((l, i) => ({
      label: `${model.label} ${l}`,
      value: last ? last[`change${model.key}${i}`] : 0,
      colorIndex: k,
    })),
  );
  const pair = (key: (typeof MODEL_KEYS)[number]) =>
    last && {
      loss: formatNumber(last[`loss${key}`], 4, locale),
      accuracy: formatNumber(last[`accuracy${key}`] * 100, 3, locale),
      changes: LAYERS.map(
        (l, i) => `${l} ${formatNumber(last[`change${key}${i}`], 3, locale)}`,
      ).join(', '),
    };
  const summary = last
    ? m.summaryDone(last.step, pair('ModuleList')!, pair('PlainList')!)
    : m.summaryIdle(
        formatNumber(counts.ModuleList, 4, locale),
        formatNumber(counts.PlainList, 4, locale),
      );
  const frame = runFrame(state);

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={containersComparedSpec}
        description={m.description}
        {...frame}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="cc-hidden"
                label={m.hidden}
                value={String(s.hidden)}
                options={['8', '16', '32', '64'].map((v): [string, string] => [v, v])}
                onChange={(v) => change({ hidden: Number(v) })}
              />
              <Slider
                id="cc-lr"
                label={m.learningRate}
                value={s.learningRate}
                min={0.01}
                max={2}
                log
                onChange={(v) => change({ learningRate: v })}
              />
              <Select
                id="cc-batch"
                label={m.batchSize}
                value={String(s.batchSize)}
                options={['16', '32', '64'].map((v): [string, string] => [v, v])}
                onChange={(v) => change({ batchSize: Number(v) })}
              />
              <NumberField
                id="cc-seed"
                label={m.seed}
                value={s.seed}
                min={0}
                onChange={(v) => change({ seed: v })}
              />
            </div>
            {controls}
          </>
        }
        outputs={
          <>
            <MetricOutput
              name="params"
              label={m.params(MODELS[0].label)}
              value={counts.ModuleList}
            />
            <MetricOutput
              name="params-plain-list"
              label={m.params(MODELS[1].label)}
              value={counts.PlainList}
            />
            <MetricOutput
              name="loss"
              label={m.loss(MODELS[0].label)}
              value={last?.lossModuleList}
            />
            <MetricOutput
              name="loss-plain-list"
              label={m.loss(MODELS[1].label)}
              value={last?.lossPlainList}
            />
          </>
        }
        footer={
          <>
            <DataTable
              caption={m.tableCaption}
              columns={[
                m.step,
                ...MODELS.map((model) => m.lossColumn(model.label)),
                ...MODELS.flatMap((model) => LAYERS.map((l) => `‖ΔW‖ ${model.label} ${l}`)),
              ]}
              rows={state.rows.map((r) => [
                r.step,
                ...MODEL_KEYS.map((key) => r[`loss${key}`]),
                ...MODEL_KEYS.flatMap((key) => LAYERS.map((_, i) => r[`change${key}${i}`])),
              ])}
            />
            <WidgetCode summary={m.trainedTogether} code={containersComparedCode(config, s.seed)} />
          </>
        }
      >
        <h4 className={styles.heading}>{m.containers}</h4>
        <div className="widget-charts two">
          {rows.map((r) => (
            <section key={r.code} aria-label={r.code} className={styles.container}>
              <code className={styles.code}>{r.code}</code>
              <pre className={styles.repr}>{r.repr}</pre>
              <p className={styles.fact}>
                <code>list(m._modules)</code>: {r.modules}; <code>named_parameters()</code>:{' '}
                {r.parameters}
              </p>
              <p className={r.callFailed ? `${styles.fact} ${styles.failed}` : styles.fact}>
                <code>m(torch.zeros(4, 2)).shape</code>: {r.call}
              </p>
            </section>
          ))}
        </div>
        <div className="widget-charts two">
          <div>
            <LineChart
              ref={lossSvg}
              label={m.lossChart}
              series={lossSeries}
              height={240}
              xLabel={m.step}
              yLabel={m.crossEntropy}
              yIncludeZero
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: m.diverged, tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={lossSvg} filename="containers-loss" />
          </div>
          <div>
            <BarChart
              ref={barSvg}
              bars={bars}
              label={m.changeChart}
              valueLabel="‖W − W₀‖"
              format={(v) => formatNumber(v, 3)}
            />
            <ChartActions svgRef={barSvg} filename="containers-weight-change" />
          </div>
        </div>
      </WidgetFrame>
    </div>
  );
}

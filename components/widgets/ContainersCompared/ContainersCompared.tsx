'use client';
import { useMemo, useRef } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import type { ContainersTrainConfig } from '@/lib/experiments/containersTrain/containersTrain';
import { containersComparedCode } from '@/lib/experiments/containersTrain/containersComparedCode';
import { containersComparedSpec } from './spec';
import { containerRows, pitfallParameterCount } from './containerRows';
import { WidgetCode } from '@/components/widget/WidgetCode';

const LAYERS = ['hidden[0]', 'hidden[1]', 'out'];
const MODELS = [
  { key: 'ModuleList', label: 'ModuleList' },
  { key: 'PlainList', label: 'plain list' },
] as const;

export default function ContainersCompared(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(containersComparedSpec, rawProps), [rawProps]);
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
      MODELS.map((m, k) => ({
        id: m.key,
        label: m.label,
        points: state.rows.map((r) => ({ x: r.step, y: r[`loss${m.key}`] })),
        colorIndex: k,
      })),
    [state.rows, state.version], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const bars = MODELS.flatMap((m, k) =>
    LAYERS.map((l, i) => ({
      label: `${m.label} ${l}`,
      value: last ? last[`change${m.key}${i}`] : 0,
      colorIndex: k,
    })),
  );
  const summary = last
    ? `After ${last.step} steps the ModuleList model's loss is ${formatNumber(last.lossModuleList)} (held-out accuracy ${formatNumber(last.accuracyModuleList * 100, 3)}%), the plain-list model's ${formatNumber(last.lossPlainList)} (${formatNumber(last.accuracyPlainList * 100, 3)}%). ` +
      `Weight change ‖W − W₀‖ per layer: ModuleList ${LAYERS.map((l, i) => `${l} ${formatNumber(last[`changeModuleList${i}`], 3)}`).join(', ')}; plain list ${LAYERS.map((l, i) => `${l} ${formatNumber(last[`changePlainList${i}`], 3)}`).join(', ')}.`
    : `The same network twice, with the same starting weights: the ModuleList model registers ${counts.ModuleList} parameters, the plain-list model only ${counts.PlainList}. Press Train to train both with SGD on model.parameters().`;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={containersComparedSpec}
        description="The table builds each container and asks it what it registered and what happens when it is called. Below, two copies of one network train side by side: one keeps its hidden layers in nn.ModuleList, the other in a plain Python list."
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="cc-hidden"
                label="hidden width"
                value={String(s.hidden)}
                options={['8', '16', '32', '64'].map((v): [string, string] => [v, v])}
                onChange={(v) => change({ hidden: Number(v) })}
              />
              <Slider
                id="cc-lr"
                label="SGD learning rate"
                value={s.learningRate}
                min={0.01}
                max={2}
                log
                onChange={(v) => change({ learningRate: v })}
              />
              <Select
                id="cc-batch"
                label="batch size"
                value={String(s.batchSize)}
                options={['16', '32', '64'].map((v): [string, string] => [v, v])}
                onChange={(v) => change({ batchSize: Number(v) })}
              />
              <NumberField
                id="cc-seed"
                label="seed"
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
            <Output name="params" label="parameters (ModuleList)" value={counts.ModuleList} />
            <Output
              name="params-plain-list"
              label="parameters (plain list)"
              value={counts.PlainList}
            />
            <Output name="loss" label="loss (ModuleList)" value={last?.lossModuleList} />
            <Output name="loss-plain-list" label="loss (plain list)" value={last?.lossPlainList} />
          </>
        }
        footer={
          <>
            <DataTable
              caption="Losses and weight changes per step"
              columns={[
                'step',
                ...MODELS.map((m) => `loss ${m.label}`),
                ...MODELS.flatMap((m) => LAYERS.map((l) => `‖ΔW‖ ${m.label} ${l}`)),
              ]}
              rows={state.rows.map((r) => [
                r.step,
                ...MODELS.map((m) => r[`loss${m.key}`]),
                ...MODELS.flatMap((m) => LAYERS.map((_, i) => r[`change${m.key}${i}`])),
              ])}
            />
            <WidgetCode
              summary="The two models in PyTorch"
              code={containersComparedCode(config, s.seed)}
            />
          </>
        }
      >
        <h4 style={{ margin: '0 0 0.25rem' }}>
          Each container, built and called on a [4, 2] input
        </h4>
        <div className="widget-charts two">
          {rows.map((r) => (
            <section
              key={r.code}
              aria-label={r.code}
              style={{
                border: '1px solid var(--color-border)',
                borderRadius: 6,
                padding: '0.4rem 0.6rem',
                minWidth: 0,
              }}
            >
              <code style={{ overflowWrap: 'anywhere' }}>{r.code}</code>
              <pre style={{ margin: '0.3rem 0', fontSize: '0.8em', overflowX: 'auto' }}>
                {r.repr}
              </pre>
              <p style={{ margin: 0, fontSize: '0.9em', overflowWrap: 'anywhere' }}>
                <code>list(m._modules)</code>: {r.modules}; <code>named_parameters()</code>:{' '}
                {r.parameters}
              </p>
              <p
                style={{
                  margin: 0,
                  fontSize: '0.9em',
                  color: r.callFailed ? 'var(--color-danger)' : undefined,
                  overflowWrap: 'anywhere',
                }}
              >
                <code>m(torch.zeros(4, 2)).shape</code>: {r.call}
              </p>
            </section>
          ))}
        </div>
        <div className="widget-charts two">
          <div>
            <LineChart
              ref={lossSvg}
              label="Minibatch loss of both models per step"
              series={lossSeries}
              height={240}
              xLabel="step"
              yLabel="cross-entropy"
              yIncludeZero
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: 'diverged', tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={lossSvg} filename="containers-loss" />
          </div>
          <div>
            <BarChart
              ref={barSvg}
              bars={bars}
              label="How far each layer's weight has moved from its start"
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

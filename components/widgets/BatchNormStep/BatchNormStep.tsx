'use client';
// Longer than 300 lines: the calculator's panels (batch, statistics, normalised values, output, backward pass) share one state; splitting them into files is open work.
import { useMemo, useState } from 'react';
import { DataTable } from '@/components/charts/DataTable';
import { Output, formatNumber } from '@/components/widget/Output';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { NumberField, Select } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import {
  batchNormForward,
  createBatchNorm,
  type BatchNormModule,
  type BatchNormPass,
} from '@/lib/pytorch/kernels/batchNorm';
import {
  batchNormBackward,
  type BatchNormGradients,
} from '@/lib/pytorch/kernels/batchNormBackward';
import {
  channelLayout,
  forEachInChannel,
  type Float64Tensor,
} from '@/lib/pytorch/kernels/channelTensor';
import type { PyFailure } from '@/lib/pytorch/errors';
import type { RunningStats } from '@/lib/pytorch/kernels/runningStats';
import { useLocale, useMessages, useT } from '@/components/site/LocaleProvider';
import { batchNormStepSpec } from './spec';
import { parseNumbers, parseShape } from './parseNumbers';
import { StepFormulas, type ChannelView } from './StepFormulas';
import { messages, type PresetKey } from './messages';
import { batchNormStepCode } from '@/lib/pytorch/widgets/batchNormStepCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

type Settings = ReturnType<typeof batchNormStepSpec.props.parse>;
const SHARED = [
  'kind',
  'shape',
  'values',
  'numFeatures',
  'gamma',
  'beta',
  'eps',
  'momentum',
  'training',
  'grad',
] as const;
const PRESETS: [PresetKey, Partial<Settings>][] = [
  [
    'rows',
    {
      kind: 'BatchNorm1d',
      shape: '4, 3',
      numFeatures: 3,
      values: '1, 2, 0.5; 3, 0, 1.5; 2, 4, -0.5; 6, 2, 1.5',
      gamma: '1, 1, 1',
      beta: '0, 0, 0',
      grad: '1, 0, 0; 0, 1, 0; 0, 0, 1; 1, 1, 1',
    },
  ],
  [
    'images',
    {
      kind: 'BatchNorm2d',
      shape: '2, 2, 2, 2',
      numFeatures: 2,
      values: '1 2 3 4  0 0 1 1   5 6 7 8  2 2 3 3',
      gamma: '1, 2',
      beta: '0, 0.5',
      grad: '1 0 0 0  1 1 1 1   0 0 0 1  1 -1 1 -1',
    },
  ],
  [
    'single',
    {
      kind: 'BatchNorm1d',
      shape: '1, 3',
      numFeatures: 3,
      values: '1, 2, 3',
      gamma: '1, 1, 1',
      beta: '0, 0, 0',
      grad: '1, 1, 1',
    },
  ],
];

interface Result {
  ok: true;
  pass: BatchNormPass;
  before: RunningStats | null;
  grads: BatchNormGradients;
  input: Float64Tensor;
  grad: Float64Tensor;
}

/** Text fields that keep what the student typed while the committed settings stay valid. */
function TextField({
  id,
  label,
  value,
  onChange,
  invalid,
  wide,
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  invalid: boolean;
  wide?: boolean;
}) {
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        aria-invalid={invalid || undefined}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export default function BatchNormStep(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const t = useT();
  const locale = useLocale();
  const fmt = (v: number) => formatNumber(v, 4, locale);
  const props = useMemo(() => parseWidgetProps(batchNormStepSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(batchNormStepSpec, props, SHARED);
  const [module, setModule] = useState<BatchNormModule | null>(null);
  const [result, setResult] = useState<Result | PyFailure | null>(null);
  const [channel, setChannel] = useState(0);

  const shape = parseShape(settings.shape);
  const values = parseNumbers(settings.values);
  const grad = parseNumbers(settings.grad);
  const gamma = parseNumbers(settings.gamma);
  const beta = parseNumbers(settings.beta);
  const size = shape ? shape.reduce((a, b) => a * b, 1) : -1;
  const problems = [
    !shape && m.problems.shape,
    values && size >= 0 && values.length !== size && m.problems.inputCount(values.length, size),
    !values && m.problems.inputNaN,
    grad && size >= 0 && grad.length !== size && m.problems.gradCount(grad.length, size),
    !grad && m.problems.gradNaN,
    !gamma && m.problems.gammaNaN,
    !beta && m.problems.betaNaN,
  ].filter(Boolean) as string[];

  // The layer's own config: changing it makes a fresh layer (running statistics start again).
  const layerKey = JSON.stringify([
    settings.kind,
    settings.numFeatures,
    settings.eps,
    settings.momentum,
  ]);
  const fresh = useMemo(
    () =>
      createBatchNorm({
        kind: settings.kind,
        numFeatures: settings.numFeatures,
        eps: settings.eps,
        momentum: settings.momentum,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layerKey],
  );
  const change = (patch: Partial<Settings>, freshLayer = false) => {
    setSettings(patch);
    setResult(null);
    if (freshLayer) setModule(null);
  };

  const run = () => {
    if (problems.length || !shape || !values || !grad || !gamma || !beta) return;
    const base = module ?? fresh;
    // gamma and beta as typed: a count other than num_features gives PyTorch's own error.
    const layer: BatchNormModule = { ...base, weight: gamma, bias: beta };
    const input = { shape, data: Float64Array.from(values) };
    const pass = batchNormForward(layer, input, settings.training);
    if (!pass.ok) {
      setResult(pass);
      return;
    }
    const gradTensor = { shape, data: Float64Array.from(grad) };
    setResult({
      ok: true,
      pass,
      before: layer.running,
      grads: batchNormBackward(input, gradTensor, pass.terms, pass.usedBatchStats),
      input,
      grad: gradTensor,
    });
    setModule(pass.module);
    setChannel((c) => Math.min(c, shape[1] - 1));
  };

  const ok = result && result.ok ? result : null;
  const error = result && !result.ok ? result : null;
  const view = useMemo((): ChannelView | null => {
    if (!ok) return null;
    const layout = channelLayout(ok.input.shape);
    const v: ChannelView = { c: channel, x: [], xHat: [], y: [], g: [], dx: [] };
    forEachInChannel(layout, Math.min(channel, layout.channels - 1), (i) => {
      v.x.push(ok.input.data[i]);
      v.xHat.push(ok.pass.xHat.data[i]);
      v.y.push(ok.pass.output.data[i]);
      v.g.push(ok.grad.data[i]);
      v.dx.push(ok.grads.gradInput.data[i]);
    });
    return v;
  }, [ok, channel]);

  const running = (module ?? fresh).running;
  const c = view?.c ?? 0;
  const stats = ok?.pass.batchStats;
  const summary = error
    ? m.raises(error.errorType, error.error)
    : ok && view
      ? m.channelLine(ok.pass.usedBatchStats, c, ok.input.shape.join(' x '), view.x.length) +
        (stats ? m.batchLine(fmt(stats.mean[c]), fmt(stats.varBiased[c])) : '') +
        (running
          ? m.runningLine(running.numBatchesTracked, fmt(running.mean[c]), fmt(running.variance[c]))
          : '') +
        m.gradientLine(fmt(ok.grads.gradWeight?.[c] ?? NaN), fmt(ok.grads.gradBias?.[c] ?? NaN))
      : m.idle;

  return (
    <WidgetFrame
      spec={batchNormStepSpec}
      description={m.description}
      status={result ? 'done' : 'idle'}
      summary={summary}
      controls={
        <>
          <div className="widget-fields">
            <Select
              id="bns-preset"
              label={m.preset}
              value={String(
                PRESETS.findIndex(
                  ([, p]) => p.values === settings.values && p.shape === settings.shape,
                ),
              )}
              options={[
                ['-1', m.yourOwn],
                ...PRESETS.map(([key], i): [string, string] => [String(i), m.presets[key]]),
              ]}
              onChange={(v) => Number(v) >= 0 && change(PRESETS[Number(v)][1], true)}
            />
            <Select
              id="bns-kind"
              label={m.layer}
              value={settings.kind}
              options={[
                ['BatchNorm1d', 'nn.BatchNorm1d'],
                ['BatchNorm2d', 'nn.BatchNorm2d'],
              ]}
              onChange={(v) => change({ kind: v as Settings['kind'] }, true)}
            />
            <NumberField
              id="bns-features"
              label="num_features"
              value={settings.numFeatures}
              min={1}
              max={16}
              onChange={(v) => change({ numFeatures: v }, true)}
            />
            <Select
              id="bns-mode"
              label={m.mode}
              value={settings.training ? 'train' : 'eval'}
              options={[
                ['train', 'model.train()'],
                ['eval', 'model.eval()'],
              ]}
              onChange={(v) => change({ training: v === 'train' })}
            />
            <Select
              id="bns-momentum"
              label="momentum"
              value={settings.momentum === null ? 'none' : String(settings.momentum)}
              options={[
                ['0.1', m.byDefault('0.1')],
                ['0.5', '0.5'],
                ['1', '1'],
                ['none', m.cumulative],
              ]}
              onChange={(v) => change({ momentum: v === 'none' ? null : Number(v) }, true)}
            />
            <Select
              id="bns-eps"
              label="eps"
              value={String(settings.eps)}
              options={[
                ['0.00001', m.byDefault('1e-5')],
                ['0.001', '1e-3'],
                ['0.1', '0.1'],
                ['0', '0'],
              ]}
              onChange={(v) => change({ eps: Number(v) }, true)}
            />
            <TextField
              id="bns-shape"
              label={m.inputShape}
              value={settings.shape}
              invalid={!shape}
              onChange={(v) => change({ shape: v })}
            />
            <TextField
              id="bns-gamma"
              label={m.gamma}
              value={settings.gamma}
              invalid={!gamma}
              onChange={(v) => change({ gamma: v })}
            />
            <TextField
              id="bns-beta"
              label={m.beta}
              value={settings.beta}
              invalid={!beta}
              onChange={(v) => change({ beta: v })}
            />
            <TextField
              id="bns-values"
              label={m.input}
              value={settings.values}
              invalid={!values}
              onChange={(v) => change({ values: v })}
              wide
            />
            <TextField
              id="bns-grad"
              label={m.upstream}
              value={settings.grad}
              invalid={!grad}
              onChange={(v) => change({ grad: v })}
              wide
            />
          </div>
          {problems.length > 0 && (
            <p className="widget-message" role="status">
              {m.problemList(problems)}
            </p>
          )}
          <div className="widget-buttons">
            <ControlButton className="primary" unavailable={problems.length > 0} onClick={run}>
              {t.run}
            </ControlButton>
            <ControlButton
              unavailable={!module}
              onClick={() => {
                setModule(null);
                setResult(null);
              }}
            >
              {t.reset}
            </ControlButton>
          </div>
        </>
      }
      outputs={
        <>
          <Output
            name="num-batches-tracked"
            label="num_batches_tracked"
            value={running?.numBatchesTracked}
          />
          <Output name="batch-mean" label={m.batchMean(c)} value={stats?.mean[c]} />
          <Output name="batch-var" label={m.batchVar(c)} value={stats?.varBiased[c]} />
          <Output
            name="running-mean"
            label={`running_mean[${c}]`}
            value={running?.mean[Math.min(c, running.mean.length - 1)]}
          />
          <Output
            name="running-var"
            label={`running_var[${c}]`}
            value={running?.variance[Math.min(c, running.variance.length - 1)]}
          />
          <Output name="grad-gamma" label={`∂L/∂weight[${c}]`} value={ok?.grads.gradWeight?.[c]} />
          <Output name="grad-beta" label={`∂L/∂bias[${c}]`} value={ok?.grads.gradBias?.[c]} />
        </>
      }
      message={error ? `${error.errorType}: ${error.error}` : null}
      footer={
        ok && (
          <DataTable
            caption={m.tableCaption}
            columns={[m.index, 'x', 'x̂', 'y', 'g', '∂L/∂x']}
            rows={Array.from(ok.input.data, (x, i) => [
              i,
              x,
              ok.pass.xHat.data[i],
              ok.pass.output.data[i],
              ok.grad.data[i],
              ok.grads.gradInput.data[i],
            ])}
          />
        )
      }
    >
      {ok && view && (
        <div>
          {ok.input.shape[1] > 1 && (
            <div className="widget-fields">
              <Select
                id="bns-channel"
                label={m.showChannel}
                value={String(c)}
                options={Array.from({ length: ok.input.shape[1] }, (_, i): [string, string] => [
                  String(i),
                  m.channel(i),
                ])}
                onChange={(v) => setChannel(Number(v))}
              />
            </div>
          )}
          <StepFormulas
            view={view}
            pass={ok.pass}
            before={ok.before}
            grads={ok.grads}
            eps={settings.eps}
            unbiased={m.unbiased}
          />
          <div
            className="chart-data-scroll"
            tabIndex={0}
            role="region"
            aria-label={m.channelValues(c)}
          >
            <table>
              <caption>{m.channelValues(c)}</caption>
              <thead>
                <tr>
                  <th scope="col">i</th>
                  <th scope="col">x</th>
                  <th scope="col">x̂</th>
                  <th scope="col">y</th>
                  <th scope="col">g</th>
                  <th scope="col">∂L/∂x</th>
                </tr>
              </thead>
              <tbody>
                {view.x.map((x, i) => (
                  <tr key={i}>
                    <td>{i + 1}</td>
                    <td>{fmt(x)}</td>
                    <td>{fmt(view.xHat[i])}</td>
                    <td>{fmt(view.y[i])}</td>
                    <td>{fmt(view.g[i])}</td>
                    <td>{fmt(view.dx[i])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <WidgetCode summary={m.code} code={batchNormStepCode(settings)} />
    </WidgetFrame>
  );
}

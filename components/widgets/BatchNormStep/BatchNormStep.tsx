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
import { t } from '@/lib/site/strings';
import { batchNormStepSpec } from './spec';
import { parseNumbers, parseShape } from './parseNumbers';
import { StepFormulas, type ChannelView } from './StepFormulas';
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
const PRESETS: [string, Partial<Settings>][] = [
  [
    '4 samples x 3 features (BatchNorm1d)',
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
    '2 images x 2 channels x 2 x 2 (BatchNorm2d)',
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
    'one sample (error in training)',
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
    <div className="field" style={wide ? { gridColumn: '1 / -1' } : undefined}>
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
    !shape && 'the shape needs 1 to 4 whole sizes',
    values &&
      size >= 0 &&
      values.length !== size &&
      `the input has ${values.length} values, the shape needs ${size}`,
    !values && 'the input has something that is not a number',
    grad &&
      size >= 0 &&
      grad.length !== size &&
      `the gradient has ${grad.length} values, the shape needs ${size}`,
    !grad && 'the gradient has something that is not a number',
    !gamma && 'γ has something that is not a number',
    !beta && 'β has something that is not a number',
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
    ? `PyTorch raises ${error.errorType}: ${error.error}`
    : ok && view
      ? `${ok.pass.usedBatchStats ? 'Training mode' : 'Eval mode'}: channel ${c} of ${ok.input.shape.join(' x ')} input, ${view.x.length} values. ` +
        (stats
          ? `Batch mean ${formatNumber(stats.mean[c])}, biased variance ${formatNumber(stats.varBiased[c])}. `
          : '') +
        (running
          ? `After ${running.numBatchesTracked} training batches running_mean is ${formatNumber(running.mean[c])} and running_var ${formatNumber(running.variance[c])}. `
          : '') +
        `Gradients: dL/dgamma ${formatNumber(ok.grads.gradWeight?.[c] ?? NaN)}, dL/dbeta ${formatNumber(ok.grads.gradBias?.[c] ?? NaN)}.`
      : 'Edit the batch and press Run: the layer normalises it and updates its running statistics; press Run again to feed it another batch.';

  return (
    <WidgetFrame
      spec={batchNormStepSpec}
      description="Every number comes from a float64 re-implementation of PyTorch's layer; press Run repeatedly to watch the running statistics converge, then switch to eval mode."
      status={result ? 'done' : 'idle'}
      summary={summary}
      controls={
        <>
          <div className="widget-fields">
            <Select
              id="bns-preset"
              label="preset"
              value={String(
                PRESETS.findIndex(
                  ([, p]) => p.values === settings.values && p.shape === settings.shape,
                ),
              )}
              options={[
                ['-1', 'your own'],
                ...PRESETS.map(([label], i): [string, string] => [String(i), label]),
              ]}
              onChange={(v) => Number(v) >= 0 && change(PRESETS[Number(v)][1], true)}
            />
            <Select
              id="bns-kind"
              label="layer"
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
              label="mode"
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
                ['0.1', '0.1 (default)'],
                ['0.5', '0.5'],
                ['1', '1'],
                ['none', 'None (cumulative)'],
              ]}
              onChange={(v) => change({ momentum: v === 'none' ? null : Number(v) }, true)}
            />
            <Select
              id="bns-eps"
              label="eps"
              value={String(settings.eps)}
              options={[
                ['0.00001', '1e-5 (default)'],
                ['0.001', '1e-3'],
                ['0.1', '0.1'],
                ['0', '0'],
              ]}
              onChange={(v) => change({ eps: Number(v) }, true)}
            />
            <TextField
              id="bns-shape"
              label="input shape"
              value={settings.shape}
              invalid={!shape}
              onChange={(v) => change({ shape: v })}
            />
            <TextField
              id="bns-gamma"
              label="γ (weight)"
              value={settings.gamma}
              invalid={!gamma}
              onChange={(v) => change({ gamma: v })}
            />
            <TextField
              id="bns-beta"
              label="β (bias)"
              value={settings.beta}
              invalid={!beta}
              onChange={(v) => change({ beta: v })}
            />
            <TextField
              id="bns-values"
              label="input x (row-major)"
              value={settings.values}
              invalid={!values}
              onChange={(v) => change({ values: v })}
              wide
            />
            <TextField
              id="bns-grad"
              label="upstream gradient g = ∂L/∂y"
              value={settings.grad}
              invalid={!grad}
              onChange={(v) => change({ grad: v })}
              wide
            />
          </div>
          {problems.length > 0 && (
            <p className="widget-message" role="status">
              {problems.join('; ')}
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
          <Output name="batch-mean" label={`batch mean, ch ${c}`} value={stats?.mean[c]} />
          <Output name="batch-var" label={`batch var (1/m), ch ${c}`} value={stats?.varBiased[c]} />
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
            caption="Every input value with its x̂, y, upstream gradient and ∂L/∂x (row-major)"
            columns={['index', 'x', 'x̂', 'y', 'g', '∂L/∂x']}
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
                label="show channel"
                value={String(c)}
                options={Array.from({ length: ok.input.shape[1] }, (_, i): [string, string] => [
                  String(i),
                  `channel ${i}`,
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
          />
          <div
            className="chart-data-scroll"
            tabIndex={0}
            role="region"
            aria-label={`Channel ${c}, value by value`}
          >
            <table>
              <caption>Channel {c}, value by value</caption>
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
                    <td>{formatNumber(x)}</td>
                    <td>{formatNumber(view.xHat[i])}</td>
                    <td>{formatNumber(view.y[i])}</td>
                    <td>{formatNumber(view.g[i])}</td>
                    <td>{formatNumber(view.dx[i])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <WidgetCode summary="The same step in PyTorch" code={batchNormStepCode(settings)} />
    </WidgetFrame>
  );
}

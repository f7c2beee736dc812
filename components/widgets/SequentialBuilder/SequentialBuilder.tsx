'use client';
import { useMemo, useRef, useState } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import {
  sequentialBuilderCode,
  sequentialModelCode,
} from '@/lib/experiments/sequentialTrain/sequentialBuilderCode';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import {
  orderedDictNames,
  parseLayerList,
  sequentialBuilderSpec,
  sequentialTrainConfigFrom,
} from './spec';
import { ModuleFacts } from './ModuleFacts';
import { ShapeFlowTable } from './ShapeFlowTable';
import { sessionModel } from './sessionModel';
import { formatDims } from '@/lib/pytorch/formatShape';

const PRESETS: [string, string][] = [
  ['linear:64:32, relu, linear:32:10', 'MLP 64-32-10 (ReLU)'],
  ['flatten, linear:64:64, tanh, linear:64:32, tanh, linear:32:10', 'Flatten, Tanh MLP'],
  ['linear:64:10', 'one Linear (softmax regression)'],
  ['linear:64:10, relu, linear:20:5', 'shape mismatch'],
  ['linear:64:32, relu, identity, linear:32:10:nobias', 'Identity, no last bias'],
];

export default function SequentialBuilder(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(sequentialBuilderSpec, rawProps), [rawProps]);
  const [s, set] = useUrlState(sequentialBuilderSpec, props, [
    'layers',
    'named',
    'optimizer',
    'learningRate',
    'batchSize',
    'seed',
  ]);
  const [draft, setDraft] = useState(s.layers);
  const rootRef = useRef<HTMLDivElement>(null);
  const lossSvg = useRef<SVGSVGElement>(null);
  const accSvg = useRef<SVGSVGElement>(null);

  const { layers, problems } = useMemo(() => parseLayerList(s.layers), [s.layers]);
  const names = s.named ? orderedDictNames(layers) : undefined;
  const model = useMemo(
    () => sessionModel(layers, s.seed, s.batchSize, names),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layers, s.seed, s.named, s.batchSize],
  );
  const problem = problems[0] ?? (layers.length ? model.problem : 'add at least one layer');
  const params = model.params;
  const config = sequentialTrainConfigFrom(s);
  // A network that cannot run on the digits has nothing to train.
  const { state, change, controls } = useTrainingRun(
    sequentialBuilderSpec,
    rootRef,
    problem ? null : config,
    s.seed,
    set,
  );
  const commitDraft = (text: string) => {
    setDraft(text);
    if (/^[a-z0-9:,\- ]*$/i.test(text) && text.length <= 200) change({ layers: text });
  };

  const last = state.rows.at(-1);
  const lossPoints = useMemo(
    () => state.rows.map((r) => ({ x: r.step, y: r.loss })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.rows, state.version],
  );
  const accPoints = useMemo(
    () => state.rows.map((r) => ({ x: r.step, y: r.accuracy })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.rows, state.version],
  );
  const code = sequentialModelCode(layers, names);
  const summary = last
    ? `After ${last.step} steps on the digits the minibatch cross-entropy is ${formatNumber(last.loss)} and ${formatNumber(last.accuracy * 100, 3)}% of the held-out images are classified correctly; the network has ${params} parameters.`
    : problem
      ? `This network cannot train on the digits: ${problem}`
      : `A network of ${layers.length} layers and ${params} parameters; press Train to train it on the 8x8 digits (64 inputs, 10 classes).`;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={sequentialBuilderSpec}
        description="Write the layers (linear:IN:OUT, relu, tanh, identity, flatten). The repr, the indexing and the errors are what PyTorch 1.13 prints; Train runs it on the 8x8 digits in a background thread."
        status={state.status}
        step={state.step}
        backend={state.backend}
        message={state.message ?? (problem ? problem : null)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="sb-preset"
                label="preset"
                value={PRESETS.find(([v]) => v === s.layers)?.[0] ?? ''}
                options={[['', 'your own'], ...PRESETS]}
                onChange={(v) => v && commitDraft(v)}
              />
              <div className="field" style={{ gridColumn: '1 / -1' }}>
                <label htmlFor="sb-layers">layers</label>
                <input
                  id="sb-layers"
                  type="text"
                  value={draft}
                  onChange={(e) => commitDraft(e.target.value)}
                  spellCheck={false}
                />
              </div>
              <Select
                id="sb-named"
                label="construction"
                value={String(s.named)}
                options={[
                  ['false', 'positional'],
                  ['true', 'OrderedDict names'],
                ]}
                onChange={(v) => change({ named: v === 'true' })}
              />
              <Select
                id="sb-opt"
                label="optimiser"
                value={s.optimizer}
                options={[
                  ['adam', 'Adam'],
                  ['sgd', 'SGD'],
                ]}
                onChange={(v) => change({ optimizer: v as 'adam' | 'sgd' })}
              />
              <Slider
                id="sb-lr"
                label="learning rate"
                value={s.learningRate}
                min={0.001}
                max={2}
                log
                onChange={(v) => change({ learningRate: v })}
              />
              <Select
                id="sb-batch"
                label="batch size"
                value={String(s.batchSize)}
                options={['16', '32', '64', '128'].map((v): [string, string] => [v, v])}
                onChange={(v) => change({ batchSize: Number(v) })}
              />
              <NumberField
                id="sb-seed"
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
            <Output name="loss" label="loss (minibatch)" value={last?.loss} />
            <Output name="accuracy" label="held-out accuracy" value={last?.accuracy} />
            <Output name="params" label="parameters" value={params} />
          </>
        }
        footer={
          <DataTable
            caption="Loss and held-out accuracy after each step"
            columns={['step', 'loss', 'accuracy']}
            rows={state.rows.map((r) => [r.step, r.loss, r.accuracy])}
          />
        }
      >
        <div className="widget-charts two">
          <div>
            <pre style={{ overflowX: 'auto', fontSize: '0.85em', margin: '0 0 0.5rem' }}>
              <code>{code}</code>
            </pre>
            {config && (
              <WidgetCode
                summary="Train it in PyTorch"
                code={sequentialBuilderCode(config, s.seed, names)}
              />
            )}
            <ModuleFacts lines={model.facts} />
          </div>
          <div>
            <ShapeFlowTable rows={model.flow} input={formatDims([s.batchSize, 64])} />
            <LineChart
              ref={lossSvg}
              label="Cross-entropy per step"
              series={[{ id: 'loss', label: 'loss', points: lossPoints }]}
              height={200}
              xLabel="step"
              yLabel="loss"
              yIncludeZero
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: 'diverged', tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={lossSvg} filename="sequential-loss" />
            <LineChart
              ref={accSvg}
              label="Held-out accuracy per step"
              series={[{ id: 'acc', label: 'accuracy', points: accPoints, colorIndex: 1 }]}
              height={200}
              xLabel="step"
              yLabel="accuracy"
              yDomain={[0, 1]}
            />
            <ChartActions svgRef={accSvg} filename="sequential-accuracy" />
          </div>
        </div>
      </WidgetFrame>
    </div>
  );
}

'use client';
import { useMemo, useRef, useState } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import type { sequentialTrain } from '@/lib/experiments/sequentialTrain/sequentialTrain';
import { metricOutput, formatNumber } from '@/components/widget/Output';
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
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages, type BuilderProblem, type SequentialPreset } from './messages';
import styles from './SequentialBuilder.module.css';

/** The headline numbers, named after sequentialTrain's metrics (and 'params', worked out on the page). */
const MetricOutput = metricOutput<typeof sequentialTrain, 'params'>();

const PRESETS: [string, SequentialPreset][] = [
  ['linear:64:32, relu, linear:32:10', 'mlp'],
  ['flatten, linear:64:64, tanh, linear:64:32, tanh, linear:32:10', 'tanh'],
  ['linear:64:10', 'softmax'],
  ['linear:64:10, relu, linear:20:5', 'mismatch'],
  ['linear:64:32, relu, identity, linear:32:10:nobias', 'identity'],
];

export default function SequentialBuilder(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(sequentialBuilderSpec, rawProps), [rawProps]);
  const m = useMessages(messages);
  const locale = useLocale();
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
  const problem: BuilderProblem | null =
    problems[0] ?? (layers.length ? model.problem : { kind: 'no-layers' });
  const problemText = problem && m.problem(problem);
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
    ? m.summaryDone(
        last.step,
        formatNumber(last.loss, 4, locale),
        formatNumber(last.accuracy * 100, 3, locale),
        formatNumber(params, 4, locale),
      )
    : problemText
      ? m.summaryProblem(problemText)
      : m.summaryIdle(layers.length, formatNumber(params, 4, locale));
  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={sequentialBuilderSpec}
        description={m.description}
        status={state.status}
        step={state.step}
        backend={state.backend}
        message={state.message ?? problemText}
        notice={state.notice}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="sb-preset"
                label={m.preset}
                value={PRESETS.find(([v]) => v === s.layers)?.[0] ?? ''}
                options={[
                  ['', m.yourOwn],
                  ...PRESETS.map(([v, id]): [string, string] => [v, m.presets[id]]),
                ]}
                onChange={(v) => v && commitDraft(v)}
              />
              <div className="field field-wide">
                <label htmlFor="sb-layers">{m.layers}</label>
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
                label={m.construction}
                value={String(s.named)}
                options={[
                  ['false', m.positional],
                  ['true', m.orderedDict],
                ]}
                onChange={(v) => change({ named: v === 'true' })}
              />
              <Select
                id="sb-opt"
                label={m.optimizer}
                value={s.optimizer}
                options={[
                  ['adam', 'Adam'],
                  ['sgd', 'SGD'],
                ]}
                onChange={(v) => change({ optimizer: v as 'adam' | 'sgd' })}
              />
              <Slider
                id="sb-lr"
                label={m.learningRate}
                value={s.learningRate}
                min={0.001}
                max={2}
                log
                onChange={(v) => change({ learningRate: v })}
              />
              <Select
                id="sb-batch"
                label={m.batchSize}
                value={String(s.batchSize)}
                options={['16', '32', '64', '128'].map((v): [string, string] => [v, v])}
                onChange={(v) => change({ batchSize: Number(v) })}
              />
              <NumberField
                id="sb-seed"
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
            <MetricOutput name="loss" label={m.loss} value={last?.loss} />
            <MetricOutput name="accuracy" label={m.heldOutAccuracy} value={last?.accuracy} />
            <MetricOutput name="params" label={m.params} value={params} />
          </>
        }
        footer={
          <DataTable
            caption={m.tableCaption}
            columns={[m.step, m.lossSeries, m.accuracySeries]}
            rows={state.rows.map((r) => [r.step, r.loss, r.accuracy])}
          />
        }
      >
        <div className="widget-charts two">
          <div>
            <pre className={styles.code}>
              <code>{code}</code>
            </pre>
            {config && (
              <WidgetCode
                summary={m.trainInPyTorch}
                code={sequentialBuilderCode(config, s.seed, names)}
              />
            )}
            <ModuleFacts lines={model.facts} label={m.printsLabel} />
          </div>
          <div>
            <ShapeFlowTable
              rows={model.flow}
              caption={m.flowCaption(formatDims([s.batchSize, 64]))}
              columns={m.flowColumns}
            />
            <LineChart
              ref={lossSvg}
              label={m.lossChart}
              series={[{ id: 'loss', label: m.lossSeries, points: lossPoints }]}
              height={200}
              xLabel={m.step}
              yLabel={m.lossSeries}
              yIncludeZero
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: m.diverged, tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={lossSvg} filename="sequential-loss" />
            <LineChart
              ref={accSvg}
              label={m.accuracyChart}
              series={[{ id: 'acc', label: m.accuracySeries, points: accPoints, colorIndex: 1 }]}
              height={200}
              xLabel={m.step}
              yLabel={m.accuracySeries}
              yDomain={[0, 1]}
            />
            <ChartActions svgRef={accSvg} filename="sequential-accuracy" />
          </div>
        </div>
      </WidgetFrame>
    </div>
  );
}

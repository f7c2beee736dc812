'use client';
import { useMemo, useRef, useState } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import type { deformableSampling } from '@/lib/experiments/deformableSampling/deformableSampling';
import { metricOutput } from '@/components/widget/Output';
import { useMessages } from '@/components/site/LocaleProvider';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import { regularGrid } from '@/lib/pytorch/conv/deformableConv';
import { deformableSamplingConfigFrom } from '@/lib/experiments/deformableSampling/deformableSamplingConfig';
import { deformableSamplingSpec } from './spec';
import { messages } from './messages';
import { SamplingView, type TapPoint } from './SamplingView';
import { deformableSamplingCode } from '@/lib/experiments/deformableSampling/deformableSamplingCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

/** The headline numbers, named after deformableSampling's metrics. */
const MetricOutput = metricOutput<typeof deformableSampling>();

const SHARED = ['maxRotation', 'maxScale', 'learningRate', 'batchSize', 'seed'] as const;
const SIZE = 8;
const GRID = regularGrid(3);

const lengthOf = (t: TapPoint) => Math.hypot(t.learned.y - t.regular.y, t.learned.x - t.regular.x);

export default function DeformableSampling(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const props = useMemo(() => parseWidgetProps(deformableSamplingSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(deformableSamplingSpec, props, SHARED);
  const rootRef = useRef<HTMLDivElement>(null);
  const samplingSvg = useRef<SVGSVGElement>(null);
  const curveSvg = useRef<SVGSVGElement>(null);
  const [example, setExample] = useState(0);
  const [location, setLocation] = useState({ row: 3, col: 4 });

  const config = deformableSamplingConfigFrom(settings);
  const { state, change, busy, controls } = useTrainingRun(
    deformableSamplingSpec,
    rootRef,
    config,
    settings.seed,
    setSettings,
  );

  const evalRows = useMemo(
    () => state.rows.filter((r) => r.accuracy !== undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.rows, state.version],
  );
  const lastEval = evalRows.at(-1);
  const lastLoss = state.rows.at(-1)?.loss;
  const image =
    state.arrays?.images.subarray(example * SIZE * SIZE, (example + 1) * SIZE * SIZE) ?? null;
  const offsets = state.arrays?.offsets;
  const taps: TapPoint[] = GRID.map(({ dy, dx }, k) => {
    const regular = { y: location.row + dy, x: location.col + dx };
    const base = ((example * SIZE + location.row) * SIZE + location.col) * 18 + 2 * k;
    return {
      regular,
      learned: offsets
        ? { y: regular.y + offsets[base], x: regular.x + offsets[base + 1] }
        : regular,
    };
  });
  const moved = taps.map(lengthOf);
  const farthest = moved.indexOf(Math.max(...moved));

  const where = m.where(location.row + 1, location.col + 1);
  const summary = lastEval
    ? m.summaryDone({
        step: lastEval.step,
        loss: lastLoss ?? NaN,
        accuracy: lastEval.accuracy,
        meanOffset: lastEval.meanOffset,
        where,
        example: example + 1,
        meanMoved: moved.reduce((a, b) => a + b, 0) / 9,
        farthest: m.taps[farthest],
        farthestMoved: moved[farthest],
      })
    : m.summaryIdle(where, settings.maxRotation, settings.maxScale);

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={deformableSamplingSpec}
        description={m.description}
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Slider
                id="ds-rotation"
                label={m.maxRotation}
                value={settings.maxRotation}
                min={0}
                max={60}
                step={5}
                onChange={(v) => change({ maxRotation: v })}
                disabled={busy}
              />
              <Slider
                id="ds-scale"
                label={m.maxScale}
                value={settings.maxScale}
                min={1}
                max={1.5}
                step={0.05}
                onChange={(v) => change({ maxScale: v })}
                disabled={busy}
              />
              <Slider
                id="ds-lr"
                label={m.learningRate}
                value={settings.learningRate}
                min={0.001}
                max={0.1}
                log
                onChange={(v) => change({ learningRate: v })}
                disabled={busy}
              />
              <NumberField
                id="ds-seed"
                label={m.seed}
                value={settings.seed}
                min={0}
                onChange={(v) => change({ seed: v })}
                disabled={busy}
              />
              <Select
                id="ds-example"
                label={m.testDigit}
                value={String(example)}
                options={Array.from({ length: config.shown }, (_, i) => [String(i), `#${i + 1}`])}
                onChange={(v) => setExample(Number(v))}
              />
            </div>
            {controls}
          </>
        }
        outputs={
          <>
            <MetricOutput name="loss" label={m.batchLoss} value={lastLoss} digits={3} />
            <MetricOutput
              name="accuracy"
              label={m.testAccuracy}
              value={lastEval?.accuracy}
              digits={3}
            />
            <MetricOutput
              name="mean-offset"
              label={m.meanOffset}
              value={lastEval?.meanOffset}
              digits={3}
            />
          </>
        }
        footer={
          <>
            <DataTable
              caption={m.tapsCaption(where, example + 1)}
              columns={m.tapsColumns}
              rows={taps.map((t, k) => [
                m.taps[k],
                t.regular.y,
                t.regular.x,
                t.learned.y,
                t.learned.x,
                moved[k],
              ])}
            />
            <DataTable
              caption={m.curvesCaption}
              columns={[m.step, m.batchLoss, m.testAccuracy, m.meanOffset]}
              rows={state.rows.map((r) => [r.step, r.loss, r.accuracy ?? '', r.meanOffset ?? ''])}
            />
          </>
        }
      >
        <div className="widget-charts two">
          <div>
            <SamplingView
              size={SIZE}
              image={image}
              location={location}
              taps={taps}
              onSelect={setLocation}
              svgRef={samplingSvg}
              label={m.samplingLabel(example + 1, where)}
            />
            <ChartActions svgRef={samplingSvg} filename="deformable-sampling-points" />
          </div>
          <div>
            <LineChart
              ref={curveSvg}
              label={m.curvesLabel}
              series={[
                {
                  id: 'loss',
                  label: m.batchLoss,
                  colorIndex: 0,
                  points: state.rows.map((r) => ({ x: r.step, y: r.loss })),
                },
                {
                  id: 'accuracy',
                  label: m.testAccuracy,
                  colorIndex: 1,
                  points: evalRows.map((r) => ({ x: r.step, y: r.accuracy })),
                },
                {
                  id: 'offset',
                  label: m.meanOffset,
                  colorIndex: 2,
                  dashed: true,
                  points: evalRows.map((r) => ({ x: r.step, y: r.meanOffset })),
                },
              ]}
              height={300}
              xLabel={m.step}
              yLabel={m.curvesAxis}
              xDomain={[0, settings.steps]}
              endLabels={false}
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: m.diverged, tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={curveSvg} filename="deformable-sampling-curves" />
          </div>
        </div>
        <WidgetCode code={deformableSamplingCode(config, settings.seed)} />
      </WidgetFrame>
    </div>
  );
}

'use client';
import { useMemo, useRef, useState } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import { regularGrid } from '@/lib/pytorch/conv/deformableConv';
import { deformableSamplingConfigFrom } from '@/lib/experiments/deformableSampling/deformableSamplingConfig';
import { deformableSamplingSpec } from './spec';
import { SamplingView, type TapPoint } from './SamplingView';
import { deformableSamplingCode } from '@/lib/experiments/deformableSampling/deformableSamplingCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const SHARED = ['maxRotation', 'maxScale', 'learningRate', 'batchSize', 'seed'] as const;
const SIZE = 8;
const GRID = regularGrid(3);
const TAP_NAMES = [
  'top-left',
  'top',
  'top-right',
  'left',
  'centre',
  'right',
  'bottom-left',
  'bottom',
  'bottom-right',
];

const lengthOf = (t: TapPoint) => Math.hypot(t.learned.y - t.regular.y, t.learned.x - t.regular.x);

export default function DeformableSampling(rawProps: Record<string, unknown>) {
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

  const where = `row ${location.row + 1}, column ${location.col + 1}`;
  const summary = lastEval
    ? `After ${lastEval.step} steps the batch loss is ${formatNumber(lastLoss ?? NaN, 3)} and test accuracy ${formatNumber(lastEval.accuracy * 100, 3)}% (chance 10%). Offsets average ${formatNumber(lastEval.meanOffset, 3)} pixels over the test digits. At ${where} of test digit ${example + 1}, the nine taps moved ${formatNumber(moved.reduce((a, b) => a + b, 0) / 9, 3)} pixels on average; the ${TAP_NAMES[farthest]} tap moved farthest, ${formatNumber(moved[farthest], 3)} pixels.`
    : `The offset branch starts at zero, so the nine taps at ${where} sit on the regular 3×3 grid. Press Train to learn the offsets on digits rotated up to ±${settings.maxRotation}° and scaled by up to ${settings.maxScale}×.`;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={deformableSamplingSpec}
        description="A small classifier whose first layer is a 3×3 deformable convolution learns on randomly rotated and scaled digits. Rings mark the regular grid of the chosen output pixel, dots the learned sampling points. Click a pixel or focus the digit and use the arrow keys."
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Slider
                id="ds-rotation"
                label="max rotation (°)"
                value={settings.maxRotation}
                min={0}
                max={60}
                step={5}
                onChange={(v) => change({ maxRotation: v })}
                disabled={busy}
              />
              <Slider
                id="ds-scale"
                label="max scale"
                value={settings.maxScale}
                min={1}
                max={1.5}
                step={0.05}
                onChange={(v) => change({ maxScale: v })}
                disabled={busy}
              />
              <Slider
                id="ds-lr"
                label="learning rate (Adam)"
                value={settings.learningRate}
                min={0.001}
                max={0.1}
                log
                onChange={(v) => change({ learningRate: v })}
                disabled={busy}
              />
              <NumberField
                id="ds-seed"
                label="seed"
                value={settings.seed}
                min={0}
                onChange={(v) => change({ seed: v })}
                disabled={busy}
              />
              <Select
                id="ds-example"
                label="test digit"
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
            <Output name="loss" label="batch loss" value={lastLoss} digits={3} />
            <Output name="accuracy" label="test accuracy" value={lastEval?.accuracy} digits={3} />
            <Output
              name="mean-offset"
              label="mean |offset| (px)"
              value={lastEval?.meanOffset}
              digits={3}
            />
          </>
        }
        footer={
          <>
            <DataTable
              caption={`The nine taps at ${where} of test digit ${example + 1} (row, column in pixels)`}
              columns={[
                'tap',
                'regular row',
                'regular column',
                'learned row',
                'learned column',
                'moved (px)',
              ]}
              rows={taps.map((t, k) => [
                TAP_NAMES[k],
                t.regular.y,
                t.regular.x,
                t.learned.y,
                t.learned.x,
                moved[k],
              ])}
            />
            <DataTable
              caption="Batch loss every step; test accuracy and mean offset every 10 steps"
              columns={['step', 'batch loss', 'test accuracy', 'mean |offset| (px)']}
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
              label={`Test digit ${example + 1} with the nine sampling points of the output at ${where}`}
            />
            <ChartActions svgRef={samplingSvg} filename="deformable-sampling-points" />
          </div>
          <div>
            <LineChart
              ref={curveSvg}
              label="Batch loss and test accuracy over the training steps"
              series={[
                {
                  id: 'loss',
                  label: 'batch loss',
                  colorIndex: 0,
                  points: state.rows.map((r) => ({ x: r.step, y: r.loss })),
                },
                {
                  id: 'accuracy',
                  label: 'test accuracy',
                  colorIndex: 1,
                  points: evalRows.map((r) => ({ x: r.step, y: r.accuracy })),
                },
                {
                  id: 'offset',
                  label: 'mean |offset| (px)',
                  colorIndex: 2,
                  dashed: true,
                  points: evalRows.map((r) => ({ x: r.step, y: r.meanOffset })),
                },
              ]}
              height={300}
              xLabel="step"
              yLabel="loss · accuracy · px"
              xDomain={[0, settings.steps]}
              endLabels={false}
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: 'diverged', tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={curveSvg} filename="deformable-sampling-curves" />
          </div>
        </div>
        <WidgetCode
          summary="The same in PyTorch"
          code={deformableSamplingCode(config, settings.seed)}
        />
      </WidgetFrame>
    </div>
  );
}

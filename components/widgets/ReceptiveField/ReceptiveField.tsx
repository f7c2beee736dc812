'use client';
// Longer than 300 lines: the stack editor, the three heatmaps and the training controls share one state; splitting them is open work.
import { useDeferredValue, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { Heatmap } from '@/components/charts/Heatmap';
import { ControlButton } from '@/components/widget/TrainingControls';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { metricOutput, Output } from '@/components/widget/Output';
import type { receptiveFieldTraining } from '@/lib/experiments/receptiveFieldTraining/receptiveFieldTraining';
import { useMessages, useT } from '@/components/site/LocaleProvider';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { gradientRegion } from '@/lib/pytorch/conv/effectiveReceptiveField';
import { gradientSpread } from '@/lib/pytorch/conv/gradientSpread';
import { inputRange, receptiveField, type StackLayer } from '@/lib/pytorch/conv/receptiveField';
import {
  receptiveFieldCoverage,
  receptiveFieldInsideShare,
} from '@/lib/pytorch/conv/receptiveFieldMaps';
import { presetStack, type StackPreset } from '@/lib/pytorch/conv/receptiveFieldPresets';
import { randomStackWeights } from '@/lib/pytorch/conv/tfStackGradient';
import { receptiveFieldCode } from '@/lib/experiments/receptiveFieldTraining/receptiveFieldCode';
import { seededRandom } from '@/lib/random/seeded';
import { receptiveFieldSpec } from './spec';
import { messages } from './messages';
import { LayerEditor } from './LayerEditor';
import { LayerTable } from './LayerTable';
import { useStackGradient } from './useStackGradient';
import { useTrainedKernels } from './useTrainedKernels';
import styles from './ReceptiveField.module.css';

/** The trained stack's numbers, named after receptiveFieldTraining's metrics (the geometry's are not metrics). */
const MetricOutput = metricOutput<typeof receptiveFieldTraining>();

const SHARED = ['preset', 'inputSize', 'weights', 'seed'] as const;
const PRESETS: StackPreset[] = ['stacked3x3', 'dilated124', 'strided'];
const WEIGHTS: Weights[] = ['ones', 'random', 'trained'];
const SHARE_DOMAIN = [0, 1] as const;
type Weights = 'ones' | 'random' | 'trained';

export default function ReceptiveField(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const t = useT();
  const props = useMemo(() => parseWidgetProps(receptiveFieldSpec, rawProps), [rawProps]);
  const [s, set] = useUrlState(receptiveFieldSpec, props, SHARED);
  const [edited, setEdited] = useState<{ preset: StackPreset; layers: StackLayer[] } | null>(null);
  const layersKey = JSON.stringify(
    edited && edited.preset === s.preset ? edited.layers : presetStack(s.preset),
  );
  const layers = useMemo(() => JSON.parse(layersKey) as StackLayer[], [layersKey]);
  const inputHW: [number, number] = [s.inputSize, s.inputSize];
  const [chosen, setChosen] = useState<[number, number] | null>(null);
  const [runs, setRuns] = useState(0);
  const timing = useRef<number | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const erfSvg = useRef<SVGSVGElement>(null);
  const rfSvg = useRef<SVGSVGElement>(null);

  const geometry = useMemo(() => {
    try {
      const l = layers;
      const rf = receptiveField(l, [s.inputSize, s.inputSize]);
      const rowRanges = Array.from({ length: rf.outputHW[0] }, (_, i) => inputRange(l, i));
      const colRanges = Array.from({ length: rf.outputHW[1] }, (_, i) => inputRange(l, i));
      const hw: [number, number] = [s.inputSize, s.inputSize];
      return {
        rf,
        rowRanges,
        colRanges,
        share: receptiveFieldInsideShare(rowRanges, colRanges, hw),
        coverage: receptiveFieldCoverage(rowRanges, colRanges, hw),
        error: null,
      };
    } catch (error) {
      return {
        rf: null,
        rowRanges: [],
        colRanges: [],
        share: [],
        coverage: [],
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }, [layers, s.inputSize]);
  const rf = geometry.rf;
  const outHW = rf?.outputHW ?? [1, 1];
  const pixel: [number, number] =
    chosen && chosen[0] < outHW[0] && chosen[1] < outHW[1]
      ? chosen
      : [Math.floor(outHW[0] / 2), Math.floor(outHW[1] / 2)];

  const trained = useTrainedKernels(rootRef, layers, s.inputSize, s.seed, props.trainSteps);
  const training = s.weights === 'trained';
  const random = useMemo(
    () => (s.weights === 'random' ? randomStackWeights(layers, seededRandom(s.seed)) : undefined),
    [layers, s.weights, s.seed],
  );
  const weights = training ? trained.weights : random;
  const {
    stack,
    backend,
    error: tfError,
  } = useStackGradient(layers, inputHW, weights, rf !== null);

  // While the pointer sweeps, React may skip pixels it has no time to draw.
  const shownPixel = useDeferredValue(pixel.join(','));
  const grad = useMemo(
    () => (stack ? stack.gradient(shownPixel.split(',').map(Number) as [number, number]) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stack, runs, shownPixel],
  );

  useEffect(() => {
    // The time from the pointer reaching a pixel to its heatmaps on screen.
    if (timing.current === null || !rootRef.current) return;
    rootRef.current.dataset.updateMs = (performance.now() - timing.current).toFixed(1);
    timing.current = null;
  }, [grad]);

  const erf = useMemo(
    () =>
      grad
        ? Array.from({ length: s.inputSize }, (_, y) =>
            Array.from(grad.subarray(y * s.inputSize, (y + 1) * s.inputSize)),
          )
        : null,
    [grad, s.inputSize],
  );
  const gradMap = useMemo(
    () =>
      grad ? { height: s.inputSize, width: s.inputSize, values: Float64Array.from(grad) } : null,
    [grad, s.inputSize],
  );
  const region = useMemo(() => (gradMap ? gradientRegion(gradMap) : null), [gradMap]);
  const spread = useMemo(() => (gradMap ? gradientSpread(gradMap) : null), [gradMap]);
  const rows = geometry.rowRanges[pixel[0]] ?? [0, 0];
  const cols = geometry.colRanges[pixel[1]] ?? [0, 0];
  const clip = (r: readonly [number, number]) =>
    [Math.max(0, r[0]), Math.min(s.inputSize - 1, r[1])] as const;
  const [r0, r1] = clip(rows);
  const [c0, c1] = clip(cols);
  const box = rf
    ? [{ row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1, tone: 'accent' as const }]
    : [];

  const editLayers = (next: StackLayer[]) => {
    setEdited({ preset: s.preset, layers: next });
    setChosen(null);
  };
  const computed = geometry.error ? 'done' : grad ? 'done' : 'loading';
  const run = trained.state;
  // Trained: the frame follows the training run; the heatmap follows the kernels it reports.
  const status = training && !geometry.error && run.status !== 'idle' ? run.status : computed;
  const problem = trained.problem
    ? trained.problem.kind === 'no-convolution'
      ? m.noConvolution
      : trained.problem.error
    : null;
  const kernelsText = !training
    ? ''
    : problem
      ? m.cannotTrain(problem)
      : trained.shown
        ? m.trainedKernels(trained.shown.step, trained.shown.accuracy)
        : m.initialKernels(s.seed);
  const summary = !rf
    ? m.doesNotFit(s.inputSize, geometry.error ?? '')
    : kernelsText +
      m.field({
        pixel,
        output: outHW,
        size: rf.rfSize,
        rows,
        cols,
        partlyPadding:
          rf.clipped ||
          rows[0] < 0 ||
          cols[0] < 0 ||
          rows[1] >= s.inputSize ||
          cols[1] >= s.inputSize,
        jump: rf.jump,
      }) +
      (region
        ? region.rows
          ? m.gradient(
              region.nonzeroCount,
              (r1 - r0 + 1) * (c1 - c0 + 1),
              Math.max(...Array.from(grad!, Math.abs)),
            )
          : m.gradientZero
        : m.computing);

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={receptiveFieldSpec}
        description={m.description}
        status={status}
        step={training ? run.step : undefined}
        backend={training ? (run.backend ?? backend) : backend}
        message={geometry.error ?? (training ? (problem ?? run.message) : null) ?? tfError}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="rf-preset"
                label={m.preset}
                value={s.preset}
                options={PRESETS.map((p) => [p, m.presets[p]])}
                onChange={(v) => {
                  setEdited(null);
                  setChosen(null);
                  set({ preset: v as StackPreset });
                }}
              />
              <Slider
                id="rf-size"
                label={m.inputSize}
                value={s.inputSize}
                min={8}
                max={64}
                step={1}
                onChange={(v) => set({ inputSize: v })}
              />
              <Select
                id="rf-weights"
                label={m.weights}
                value={s.weights}
                options={WEIGHTS.map((w) => [w, m.weightOptions[w]])}
                onChange={(v) => set({ weights: WEIGHTS.find((w) => w === v) ?? 'ones' })}
              />
              <NumberField
                id="rf-seed"
                label={m.seed}
                value={s.seed}
                min={0}
                onChange={(v) => set({ seed: v })}
                disabled={s.weights === 'ones'}
              />
            </div>
            <LayerEditor layers={layers} onChange={editLayers} />
            <div className="widget-buttons">
              {training && !problem && trained.controls}
              {training && problem && (
                <ControlButton className="primary" unavailable onClick={() => {}}>
                  {t.train}
                </ControlButton>
              )}
              <ControlButton
                className="primary"
                unavailable={false}
                onClick={() => {
                  setChosen(null);
                  setRuns((r) => r + 1);
                }}
              >
                {t.run}
              </ControlButton>
            </div>
          </>
        }
        outputs={
          <>
            <Output name="rf-size" label={m.receptiveField} value={rf?.rfSize} />
            <Output name="jump" label={m.jump} value={rf?.jump} />
            <Output name="erf-nonzero" label={m.nonzeroPixels} value={region?.nonzeroCount} />
            <Output name="output-size" label={m.outputSide} value={rf?.outputHW[0]} />
            <Output name="erf-spread" label={m.spread} value={spread} digits={3} />
            {training && (
              <MetricOutput
                name="accuracy"
                label={m.testAccuracy}
                value={trained.shown?.accuracy}
                digits={3}
              />
            )}
            {training && (
              <MetricOutput name="loss" label={m.batchLoss} value={trained.lastLoss} digits={3} />
            )}
          </>
        }
        footer={
          <DataTable
            caption={m.gradientTable(pixel[0], pixel[1])}
            columns={
              region?.cols
                ? [
                    m.row,
                    ...Array.from({ length: region.cols[1] - region.cols[0] + 1 }, (_, i) =>
                      m.col(region.cols![0] + i),
                    ),
                  ]
                : [m.row]
            }
            rows={region?.rows ? region.bbox.map((r, i) => [region.rows![0] + i, ...r]) : []}
          />
        }
      >
        {rf && <LayerTable rows={rf.table} inputHW={inputHW} />}
        {rf && (
          <div
            className={styles.panels}
            style={
              {
                '--panel-min': `${Math.max(12.5, (s.inputSize * 4 + 24) / 16)}rem`,
              } as CSSProperties
            }
          >
            <div>
              <p className={styles.panelTitle}>{m.outputTitle(outHW[0], outHW[1])}</p>
              <p className={styles.panelNote}>{m.outputNote}</p>
              <Heatmap
                matrix={geometry.share}
                label={m.outputLabel(outHW[0], outHW[1])}
                domain={SHARE_DOMAIN}
                maxCellSize={24}
                highlights={[{ row: pixel[0], col: pixel[1], rows: 1, cols: 1, tone: 'danger' }]}
                onCellFocus={(cell) => {
                  if (!cell) return;
                  timing.current = performance.now();
                  setChosen([cell.row, cell.col]);
                }}
              />
            </div>
            <div>
              <p className={styles.panelTitle}>{m.theoreticalTitle}</p>
              <p className={styles.panelNote}>{m.theoreticalNote(rows, cols)}</p>
              <Heatmap
                ref={rfSvg}
                matrix={geometry.coverage}
                label={m.theoreticalLabel(s.inputSize, pixel.join(', '))}
                highlights={box}
                maxCellSize={16}
              />
              <ChartActions svgRef={rfSvg} filename="receptive-field-theoretical" />
            </div>
            <div>
              <p className={styles.panelTitle}>{m.effectiveTitle}</p>
              <p className={styles.panelNote}>
                {training && !problem
                  ? trained.shown
                    ? m.kernelsAfter(trained.shown.step)
                    : m.kernelsInitial
                  : ''}
                {region?.rows
                  ? m.nonzeroBox(region.nonzeroCount, region.rows, region.cols!)
                  : m.chosenGradient}
              </p>
              {erf ? (
                <Heatmap
                  ref={erfSvg}
                  matrix={erf}
                  label={m.effectiveLabel(s.inputSize, pixel.join(', '))}
                  scheme={s.weights === 'ones' ? 'sequential' : 'diverging'}
                  highlights={box}
                  maxCellSize={16}
                />
              ) : (
                <p className={styles.panelNote}>{tfError ?? m.loadingTf}</p>
              )}
              <ChartActions svgRef={erfSvg} filename="receptive-field-effective" />
            </div>
          </div>
        )}
        {rf && (
          <WidgetCode
            code={receptiveFieldCode(
              {
                layers,
                inputSize: s.inputSize,
                weights: s.weights,
                pixel,
                steps: props.trainSteps,
              },
              s.seed,
            )}
          />
        )}
      </WidgetFrame>
    </div>
  );
}

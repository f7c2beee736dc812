'use client';
// Longer than 300 lines: the stack editor, the three heatmaps and the training controls share one state; splitting them is open work.
import { useDeferredValue, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { Heatmap } from '@/components/charts/Heatmap';
import { ControlButton } from '@/components/widget/TrainingControls';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { Output, formatNumber } from '@/components/widget/Output';
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
import { t } from '@/lib/site/strings';
import { receptiveFieldSpec } from './spec';
import { LayerEditor } from './LayerEditor';
import { LayerTable } from './LayerTable';
import { useStackGradient } from './useStackGradient';
import { useTrainedKernels } from './useTrainedKernels';
import styles from './ReceptiveField.module.css';

const SHARED = ['preset', 'inputSize', 'weights', 'seed'] as const;
const PRESETS: [StackPreset, string][] = [
  ['stacked3x3', 'three 3×3 convolutions'],
  ['dilated124', 'dilations 1, 2, 4'],
  ['strided', 'stride 2, twice'],
];
const WEIGHTS: [Weights, string][] = [
  ['ones', 'all ones'],
  ['random', 'random (seeded)'],
  ['trained', 'trained on digits'],
];
const SHARE_DOMAIN = [0, 1] as const;
type Weights = 'ones' | 'random' | 'trained';

export default function ReceptiveField(rawProps: Record<string, unknown>) {
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
  const kernelsText = !training
    ? ''
    : trained.problem
      ? `It cannot be trained: ${trained.problem} `
      : trained.shown
        ? `The heatmap uses the kernels after ${trained.shown.step} steps on the digits (test accuracy ${formatNumber(trained.shown.accuracy * 100, 3)}%, chance 10%). `
        : `The heatmap uses the seeded initial kernels (seed ${s.seed}), before any training: press Train to learn them on the digits. `;
  const size = rf?.rfSize ?? 0;
  const summary = !rf
    ? `This stack does not fit a ${s.inputSize}×${s.inputSize} input: ${geometry.error}`
    : kernelsText +
      `Output pixel (${pixel[0]}, ${pixel[1]}) of the ${outHW[0]}×${outHW[1]} output has a theoretical receptive field of ${size}×${size} input pixels (rows ${rows[0]}–${rows[1]}, columns ${cols[0]}–${cols[1]}${rf.clipped || rows[0] < 0 || cols[0] < 0 || rows[1] >= s.inputSize || cols[1] >= s.inputSize ? ', partly in the zero padding' : ''}); neighbouring outputs are ${rf.jump} input pixels apart. ` +
      (region
        ? region.rows
          ? `Its gradient with respect to the input is nonzero on ${region.nonzeroCount} of the ${(r1 - r0 + 1) * (c1 - c0 + 1)} pixels of that field inside the image${region.nonzeroCount < (r1 - r0 + 1) * (c1 - c0 + 1) ? ' — the rest are holes left by dilation or stride' : ''}; the largest magnitude is ${formatNumber(Math.max(...Array.from(grad!, Math.abs)), 3)}.`
          : 'Its gradient is zero everywhere: it sees only padding.'
        : 'Computing the gradient…');

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={receptiveFieldSpec}
        description="Build a stack, then move over (or focus and use the arrow keys on) the output map. Left: the input pixels the chosen output pixel can see. Right: how much each of them moves it — the gradient, computed by tf.grad."
        status={status}
        step={training ? run.step : undefined}
        backend={training ? (run.backend ?? backend) : backend}
        message={geometry.error ?? (training ? (trained.problem ?? run.message) : null) ?? tfError}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="rf-preset"
                label="preset"
                value={s.preset}
                options={PRESETS}
                onChange={(v) => {
                  setEdited(null);
                  setChosen(null);
                  set({ preset: v as StackPreset });
                }}
              />
              <Slider
                id="rf-size"
                label="input size"
                value={s.inputSize}
                min={8}
                max={64}
                step={1}
                onChange={(v) => set({ inputSize: v })}
              />
              <Select
                id="rf-weights"
                label="weights"
                value={s.weights}
                options={WEIGHTS}
                onChange={(v) => set({ weights: WEIGHTS.find(([w]) => w === v)?.[0] ?? 'ones' })}
              />
              <NumberField
                id="rf-seed"
                label="seed"
                value={s.seed}
                min={0}
                onChange={(v) => set({ seed: v })}
                disabled={s.weights === 'ones'}
              />
            </div>
            <LayerEditor layers={layers} onChange={editLayers} />
            <div className="widget-buttons">
              {training && !trained.problem && trained.controls}
              {training && trained.problem && (
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
            <Output name="rf-size" label="receptive field" value={rf?.rfSize} />
            <Output name="jump" label="jump" value={rf?.jump} />
            <Output
              name="erf-nonzero"
              label="nonzero gradient pixels"
              value={region?.nonzeroCount}
            />
            <Output name="output-size" label="output side" value={rf?.outputHW[0]} />
            <Output name="erf-spread" label="gradient spread (px, RMS)" value={spread} digits={3} />
            {training && (
              <Output
                name="accuracy"
                label="test accuracy"
                value={trained.shown?.accuracy}
                digits={3}
              />
            )}
            {training && (
              <Output name="loss" label="batch loss" value={trained.lastLoss} digits={3} />
            )}
          </>
        }
        footer={
          <DataTable
            caption={`Gradient of output pixel (${pixel[0]}, ${pixel[1]}) with respect to the input, inside its nonzero box`}
            columns={
              region?.cols
                ? [
                    'row',
                    ...Array.from(
                      { length: region.cols[1] - region.cols[0] + 1 },
                      (_, i) => `col ${region.cols![0] + i}`,
                    ),
                  ]
                : ['row']
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
              <p className={styles.panelTitle}>
                Output map ({outHW[0]}×{outHW[1]}): pick a pixel
              </p>
              <p className={styles.panelNote}>
                Colour: the share of each pixel&apos;s receptive field on the image rather than in
                the padding.
              </p>
              <Heatmap
                matrix={geometry.share}
                label={`Output map, ${outHW[0]} by ${outHW[1]}; move to choose the output pixel`}
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
              <p className={styles.panelTitle}>Theoretical receptive field on the input</p>
              <p className={styles.panelNote}>
                The box: rows {rows[0]}–{rows[1]}, columns {cols[0]}–{cols[1]}. Colour: how many
                output pixels see each input pixel.
              </p>
              <Heatmap
                ref={rfSvg}
                matrix={geometry.coverage}
                label={`Input ${s.inputSize} by ${s.inputSize}: the theoretical receptive field of output pixel ${pixel.join(', ')} as a box; colour counts the output pixels that see each input pixel`}
                highlights={box}
                maxCellSize={16}
              />
              <ChartActions svgRef={rfSvg} filename="receptive-field-theoretical" />
            </div>
            <div>
              <p className={styles.panelTitle}>Effective: ∂ output / ∂ input</p>
              <p className={styles.panelNote}>
                {training && !trained.problem
                  ? trained.shown
                    ? `Kernels after ${trained.shown.step} steps on the digits. `
                    : 'Initial kernels, before training. '
                  : ''}
                {region?.rows
                  ? `Nonzero on ${region.nonzeroCount} pixels, rows ${region.rows[0]}–${region.rows[1]}, columns ${region.cols![0]}–${region.cols![1]}.`
                  : 'The gradient of the chosen output pixel.'}
              </p>
              {erf ? (
                <Heatmap
                  ref={erfSvg}
                  matrix={erf}
                  label={`Input ${s.inputSize} by ${s.inputSize}: gradient of output pixel ${pixel.join(', ')} with respect to each input pixel`}
                  scheme={s.weights === 'ones' ? 'sequential' : 'diverging'}
                  highlights={box}
                  maxCellSize={16}
                />
              ) : (
                <p className={styles.panelNote}>{tfError ?? 'Loading TensorFlow.js…'}</p>
              )}
              <ChartActions svgRef={erfSvg} filename="receptive-field-effective" />
            </div>
          </div>
        )}
        {rf && (
          <WidgetCode
            summary="The same in PyTorch"
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

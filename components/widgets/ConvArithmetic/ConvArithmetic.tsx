'use client';
// Longer than 300 lines: the Conv2d and ConvTranspose2d calculators share their controls and figures; splitting them is open work.
import { useEffect, useMemo, useRef, useState } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { siteBaseUrl } from '@/components/site/basePath';
import { Output } from '@/components/widget/Output';
import { useMessages, useT } from '@/components/site/LocaleProvider';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import type { RunStatus } from '@/lib/training/client';
import { constructConv2d, conv2dShape } from '@/lib/pytorch/conv/conv2dShape';
import { convTranspose2dShape } from '@/lib/pytorch/conv/convTranspose2dShape';
import { exampleKernel, type ExampleKernel } from '@/lib/pytorch/conv/exampleKernels';
import {
  directLayout,
  gridValues,
  transposedLayout,
  windowCells,
  windowSum,
} from '@/lib/pytorch/conv/slidingWindow';
import { loadDataset } from '@/lib/training/data/load';
import type { Dataset } from '@/lib/training/data/dataset';
import { convArithmeticSpec } from './spec';
import { messages } from './messages';
import { ArithmeticControls, type ArithmeticSettings } from './ArithmeticControls';
import { Checkerboard } from './Checkerboard';
import { ConvGrid } from './ConvGrid';
import { pageTf, type PageTf as Tf } from '@/components/widget/pageTf';
import { tfjsConv } from './tfjsConv';
import { convArithmeticCode } from '@/lib/pytorch/widgets/convArithmeticCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const SHARED = [
  'mode',
  'kernel',
  'stride',
  'padding',
  'dilation',
  'outputPadding',
  'filter',
  'sample',
] as const;

export default function ConvArithmetic(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const t = useT();
  const props = useMemo(() => parseWidgetProps(convArithmeticSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(convArithmeticSpec, props, SHARED);
  const [env, setEnv] = useState<{ tf: Tf; digits: Dataset } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [pos, setPos] = useState(0);
  const [playing, setPlaying] = useState(false);
  const gridSvg = useRef<SVGSVGElement>(null);
  const outSvg = useRef<SVGSVGElement>(null);

  useEffect(() => {
    let live = true;
    Promise.all([pageTf(), loadDataset('digits', siteBaseUrl())])
      .then(([tf, digits]) => live && setEnv({ tf, digits }))
      .catch((e) => live && setLoadError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, []);

  const transposed = settings.mode === 'transposed';
  const padding = transposed && typeof settings.padding === 'string' ? 0 : settings.padding;
  const dilation = transposed ? 1 : settings.dilation;
  const outputPadding = transposed ? settings.outputPadding : 0;
  const H = 8;
  const W = 8;
  const formula = useMemo(() => {
    const base = {
      inChannels: 1,
      outChannels: 1,
      kernelSize: settings.kernel,
      stride: settings.stride,
      padding,
      dilation,
    };
    return transposed
      ? convTranspose2dShape({ ...base, outputPadding }, [1, 1, H, W])
      : conv2dShape(base, [1, 1, H, W]);
  }, [transposed, settings.kernel, settings.stride, padding, dilation, outputPadding]);
  const layout = useMemo(() => {
    if (!formula.ok) return null;
    if (transposed)
      return transposedLayout(
        H,
        W,
        settings.kernel,
        settings.stride,
        padding as number,
        outputPadding,
      );
    const lrtb = constructConv2d({
      inChannels: 1,
      outChannels: 1,
      kernelSize: settings.kernel,
      stride: settings.stride,
      padding,
      dilation,
    }).paddingLRTB;
    return directLayout(H, W, settings.kernel, settings.stride, lrtb, dilation);
  }, [formula.ok, transposed, settings.kernel, settings.stride, padding, dilation, outputPadding]);
  const kernel = useMemo(
    () => exampleKernel(settings.filter as ExampleKernel, settings.kernel),
    [settings.filter, settings.kernel],
  );
  const image = useMemo(
    () => (env ? env.digits.x.slice(settings.sample * 64, settings.sample * 64 + 64) : null),
    [env, settings.sample],
  );

  const run = useMemo(() => {
    if (!env || !image || !layout) return null;
    const p = typeof padding === 'number' ? padding : 0;
    const lrtb = transposed
      ? ([p, p, p, p] as const)
      : constructConv2d({
          inChannels: 1,
          outChannels: 1,
          kernelSize: settings.kernel,
          stride: settings.stride,
          padding,
          dilation,
        }).paddingLRTB;
    try {
      return {
        ok: true as const,
        ...tfjsConv(env.tf, image, H, W, kernel, {
          mode: settings.mode,
          kernel: settings.kernel,
          stride: settings.stride,
          paddingLRTB: lrtb,
          dilation,
          outputPadding,
        }),
      };
    } catch (e) {
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) };
    }
  }, [
    env,
    image,
    layout,
    kernel,
    settings.mode,
    settings.kernel,
    settings.stride,
    padding,
    dilation,
    outputPadding,
    transposed,
  ]);

  const total = layout ? layout.outputH * layout.outputW : 0;
  const current = Math.min(pos, Math.max(0, total - 1));
  useEffect(() => {
    if (!playing || current >= total - 1) return;
    const id = window.setTimeout(() => {
      setPos(current + 1);
      if (current + 1 >= total - 1) setPlaying(false);
    }, 320);
    return () => window.clearTimeout(id);
  }, [playing, current, total]);

  const change = (patch: Partial<ArithmeticSettings>) => {
    setPlaying(false);
    setPos(0);
    setSettings(patch);
  };

  const expected = formula.ok ? formula.outputShape!.slice(2) : null;
  const sizeMismatch =
    run?.ok && expected && (run.height !== expected[0] || run.width !== expected[1]);
  const grid = layout && image ? gridValues(layout, image) : null;
  const ci = layout ? Math.floor(current / layout.outputW) : 0;
  const cj = layout ? current % layout.outputW : 0;
  const byHand = layout && grid ? windowSum(layout, grid, kernel, ci, cj) : null;
  const byTfjs = run?.ok && !sizeMismatch ? run.values[current] : null;
  const valueMismatch =
    byHand !== null &&
    byTfjs !== null &&
    Math.abs(byHand - byTfjs) > 1e-4 * Math.max(1, Math.abs(byHand));
  const error =
    loadError ??
    (!formula.ok
      ? `${formula.errorType}: ${formula.error}`
      : run && !run.ok
        ? run.error
        : sizeMismatch
          ? m.sizeMismatch(`${run.height}×${run.width}`, expected!.join('×'))
          : valueMismatch
            ? m.valueMismatch(byTfjs, ci, cj, byHand)
            : null);

  const status: RunStatus = error
    ? 'error'
    : !run
      ? 'loading'
      : playing
        ? 'running'
        : current >= total - 1 && pos > 0
          ? 'done'
          : pos > 0
            ? 'paused'
            : 'idle';
  const revealed =
    run?.ok && !sizeMismatch
      ? Float32Array.from(run.values, (v, i) => (i <= current ? v : NaN))
      : new Float32Array(total).fill(NaN);
  const outScale = run?.ok ? Math.max(1e-6, ...Array.from(run.values, Math.abs)) : 1;
  const taps = layout ? windowCells(layout, ci, cj) : [];
  const name = transposed ? 'ConvTranspose2d' : 'Conv2d';
  const args = transposed
    ? `k=${settings.kernel}, s=${settings.stride}, p=${padding}, output_padding=${outputPadding}`
    : `k=${settings.kernel}, s=${settings.stride}, p=${typeof padding === 'string' ? `'${padding}'` : padding}, d=${dilation}`;
  const summary =
    layout && expected
      ? m.summary({
          layer: `${name}(${args})`,
          transposed,
          grid: `${layout.gridH}×${layout.gridW}`,
          formula: expected.join('×'),
          tfjs: run?.ok ? `${run.height}×${run.width}` : '…',
          row: ci,
          col: cj,
          taps: taps.length,
          value: byHand,
        })
      : m.invalid(`${name}(${args})`, formula.error ?? '');

  return (
    <div className="widget-slot">
      <WidgetFrame
        spec={convArithmeticSpec}
        description={transposed ? m.descriptionTransposed : m.descriptionDirect}
        status={status}
        step={pos + (run ? 1 : 0)}
        message={error}
        summary={summary}
        controls={
          <>
            <ArithmeticControls settings={{ ...settings }} onChange={change} />
            <div className="widget-buttons">
              <ControlButton
                className="primary"
                unavailable={playing || !run || total === 0}
                onClick={() => {
                  if (current >= total - 1) setPos(0);
                  setPlaying(true);
                }}
              >
                {m.play}
              </ControlButton>
              <ControlButton unavailable={!playing} onClick={() => setPlaying(false)}>
                {t.pause}
              </ControlButton>
              <ControlButton
                unavailable={playing || current >= total - 1}
                onClick={() => setPos((p) => Math.min(p + 1, total - 1))}
              >
                {t.step}
              </ControlButton>
              <ControlButton
                unavailable={pos === 0 && !playing}
                onClick={() => {
                  setPlaying(false);
                  setPos(0);
                }}
              >
                {t.reset}
              </ControlButton>
            </div>
          </>
        }
        outputs={
          <>
            <Output name="output-height" label={m.outputHeight} value={expected?.[0]} />
            <Output name="output-width" label={m.outputWidth} value={expected?.[1]} />
            <Output
              name="tfjs-height"
              label={m.tfjsHeight}
              value={run?.ok ? run.height : undefined}
            />
            <Output name="tfjs-width" label={m.tfjsWidth} value={run?.ok ? run.width : undefined} />
            <Output name="value" label={m.value(ci, cj)} value={byTfjs ?? undefined} />
          </>
        }
        footer={
          <>
            <DataTable
              caption={m.tableCaption}
              columns={[
                m.row,
                ...Array.from({ length: run?.ok ? run.width : 0 }, (_, c) => m.col(c)),
              ]}
              rows={
                run?.ok
                  ? Array.from({ length: run.height }, (_, r) => [
                      r,
                      ...Array.from(run.values.slice(r * run.width, (r + 1) * run.width)),
                    ])
                  : []
              }
            />
            <Checkerboard tf={env?.tf ?? null} />
          </>
        }
      >
        {layout && grid && (
          <div className="widget-charts two">
            <div>
              <ConvGrid
                name="input"
                title={m.input}
                label={m.inputLabel(layout.gridH, layout.gridW, ci, cj)}
                rows={layout.gridH}
                cols={layout.gridW}
                values={grid}
                isPixel={(i) => layout.source[i] >= 0}
                highlight={taps}
                scale={1}
                svgRef={gridSvg}
              />
              <ChartActions svgRef={gridSvg} filename="conv-arithmetic-input" />
            </div>
            <div>
              <ConvGrid
                name="output"
                title={m.output}
                label={m.outputLabel(layout.outputH, layout.outputW, ci, cj)}
                rows={layout.outputH}
                cols={layout.outputW}
                values={revealed}
                highlight={[[ci, cj]]}
                scale={outScale}
                svgRef={outSvg}
              />
              <ChartActions svgRef={outSvg} filename="conv-arithmetic-output" />
            </div>
          </div>
        )}
        <WidgetCode code={convArithmeticCode(settings)} />
      </WidgetFrame>
    </div>
  );
}

'use client';
import katex from 'katex';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { Heatmap } from '@/components/charts/Heatmap';
import { siteBaseUrl } from '@/components/site/basePath';
import { ControlButton } from '@/components/widget/TrainingControls';
import { NumberField, Select } from '@/components/widget/fields';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { pageTf, type PageTf as Tf } from '@/components/widget/pageTf';
import type { Dataset } from '@/lib/training/data/dataset';
import { presetKernel, type KernelPreset } from '@/lib/pytorch/conv/kernelPresets';
import { rank1Factorisation } from '@/lib/pytorch/conv/separable';
import { compareSeparable } from '@/lib/pytorch/conv/separableConv';
import { seededRandom } from '@/lib/random/seeded';
import { t } from '@/lib/site/strings';
import { separableKernelSpec } from './spec';
import { KernelEditor } from './KernelEditor';
import styles from './SeparableKernel.module.css';
import { separableKernelCode } from '@/lib/pytorch/widgets/separableKernelCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const SHARED = ['preset', 'digit', 'seed'] as const;
const PRESETS: [KernelPreset, string][] = [
  ['sobelX', 'Sobel x'],
  ['sobelY', 'Sobel y'],
  ['box', 'box blur'],
  ['gaussian', 'Gaussian'],
  ['laplacian', 'Laplacian'],
  ['random', 'random'],
];
const SIDE = 8;

const num = (v: number) => String(Number(v.toFixed(3)) || 0);
const matrixTex = (rows: readonly (readonly number[])[]) =>
  `\\begin{bmatrix} ${rows.map((r) => r.map(num).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
const tex = (source: string) => ({ __html: katex.renderToString(source, { throwOnError: false }) });
const toRows = (a: Float32Array) =>
  Array.from({ length: SIDE }, (_, y) => Array.from(a.subarray(y * SIDE, (y + 1) * SIDE)));

export default function SeparableKernel(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(separableKernelSpec, rawProps), [rawProps]);
  const [s, set] = useUrlState(separableKernelSpec, props, SHARED);
  const [edited, setEdited] = useState<{ key: string; kernel: number[][] } | null>(null);
  const presetKey = `${s.preset}:${s.seed}`;
  const kernel =
    edited && edited.key === presetKey
      ? edited.kernel
      : presetKernel(s.preset, seededRandom(s.seed));
  const [env, setEnv] = useState<{ tf: Tf; data: Dataset } | { error: string } | null>(null);
  const [runs, setRuns] = useState(0);
  const svgs = [
    useRef<SVGSVGElement>(null),
    useRef<SVGSVGElement>(null),
    useRef<SVGSVGElement>(null),
  ];

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const tf = await pageTf();
        const { loadDataset } = await import('@/lib/training/data/load');
        const data = await loadDataset('digits', siteBaseUrl());
        if (!cancelled) setEnv({ tf, data });
      } catch (error) {
        if (!cancelled) setEnv({ error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const kernelKey = JSON.stringify(kernel);
  const factor = useMemo(() => rank1Factorisation(JSON.parse(kernelKey)), [kernelKey]);
  const ready = env && 'tf' in env ? env : null;
  const index = ready ? Math.min(s.digit, ready.data.n - 1) : s.digit;
  const image = useMemo(
    () => (ready ? ready.data.x.slice(index * 64, index * 64 + 64) : null),
    [ready, index],
  );
  const result = useMemo(
    () =>
      ready && image
        ? compareSeparable(
            ready.tf,
            image,
            [SIDE, SIDE],
            JSON.parse(kernelKey),
            factor.column,
            factor.row,
          )
        : null,
    [ready, image, kernelKey, factor, runs], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const K = kernel.length;
  const separable = factor.separable;
  const label = ready ? ready.data.y[index] : null;
  const summary = result
    ? `The kernel has rank ${factor.rank} (singular values ${factor.singularValues.map((v) => formatNumber(v, 3)).join(', ')}). ` +
      (separable
        ? `It is the column [${factor.column.map(num).join(', ')}] times the row [${factor.row.map(num).join(', ')}], so filtering costs ${2 * K} multiplications per pixel instead of ${K * K}. On digit ${index} (a ${label}) the two results differ by at most ${formatNumber(result.maxAbsDifference, 3)}.`
        : `It is not separable: the best column-times-row approximation misses it by ${formatNumber(factor.error, 3)} (Frobenius norm), and on digit ${index} (a ${label}) the filtered images differ by up to ${formatNumber(result.maxAbsDifference, 3)}.`)
    : env && 'error' in env
      ? `Could not load the digits: ${env.error}`
      : 'Loading TensorFlow.js and the digits…';

  const panels =
    result && image
      ? [
          {
            title: `digit ${index} (a ${label}), 8×8`,
            matrix: toRows(image),
            scheme: 'sequential' as const,
            file: 'digit',
          },
          {
            title: `${K}×${K} kernel`,
            matrix: toRows(result.direct),
            scheme: 'diverging' as const,
            file: 'direct',
          },
          {
            title: separable ? `column, then row` : 'column, then row (rank-1 approximation)',
            matrix: toRows(result.separable),
            scheme: 'diverging' as const,
            file: 'separable',
          },
        ]
      : [];
  const range = result
    ? Math.max(...Array.from(result.direct, Math.abs), ...Array.from(result.separable, Math.abs))
    : 1;

  return (
    <WidgetFrame
      spec={separableKernelSpec}
      description="Edit the 3×3 kernel or pick a preset. Its singular values say whether it is a column times a row; then a handwritten digit is filtered both ways by tfjs conv2d."
      status={result ? 'done' : env && 'error' in env ? 'error' : 'loading'}
      message={env && 'error' in env ? env.error : null}
      summary={summary}
      controls={
        <>
          <div className="widget-fields">
            <Select
              id="sk-preset"
              label="preset"
              value={s.preset}
              options={PRESETS}
              onChange={(v) => {
                setEdited(null);
                set({ preset: v as KernelPreset });
              }}
            />
            <NumberField
              id="sk-digit"
              label="digit (index)"
              value={s.digit}
              min={0}
              max={5619}
              onChange={(v) => set({ digit: v })}
            />
            <NumberField
              id="sk-seed"
              label="seed (random)"
              value={s.seed}
              min={0}
              onChange={(v) => set({ seed: v })}
              disabled={s.preset !== 'random'}
            />
          </div>
          <KernelEditor
            kernel={kernel}
            onChange={(k) => setEdited({ key: presetKey, kernel: k })}
          />
          <div className="widget-buttons">
            <ControlButton
              className="primary"
              unavailable={!ready}
              onClick={() => setRuns((r) => r + 1)}
            >
              {t.run}
            </ControlButton>
          </div>
        </>
      }
      outputs={
        <>
          <Output name="rank" label="rank" value={factor.rank} />
          <Output
            name="sigma-1"
            label="singular value 1"
            value={factor.singularValues[0]}
            digits={3}
          />
          <Output
            name="sigma-2"
            label="singular value 2"
            value={factor.singularValues[1]}
            digits={3}
          />
          <Output
            name="multiplications-direct"
            label="multiplications / pixel, K×K"
            value={K * K}
          />
          <Output name="multiplications-separable" label="column + row" value={2 * K} />
          <Output
            name="max-abs-difference"
            label="max |difference|"
            value={result?.maxAbsDifference}
            digits={3}
          />
          <Output
            name="rank1-error"
            label="rank-1 error (Frobenius)"
            value={factor.error}
            digits={3}
          />
        </>
      }
      footer={
        <DataTable
          caption="Each pixel: the digit, the K×K result and the column-then-row result"
          columns={['row', 'column', 'digit', 'K×K', 'column then row']}
          rows={
            result && image
              ? Array.from(image, (v, i) => [
                  Math.floor(i / SIDE),
                  i % SIDE,
                  v,
                  result.direct[i],
                  result.separable[i],
                ])
              : []
          }
        />
      }
    >
      <div className={styles.factors}>
        <span
          dangerouslySetInnerHTML={tex(
            separable
              ? `${matrixTex(kernel)} = ${matrixTex(factor.column.map((c) => [c]))} ${matrixTex([factor.row])}`
              : `${matrixTex(kernel)} \\approx ${matrixTex(factor.column.map((c) => [c]))} ${matrixTex([factor.row])} = ${matrixTex(factor.approximation)}`,
          )}
        />
      </div>
      <p className={styles.note}>
        {separable
          ? `Rank 1: σ₂ = σ₃ = 0 up to rounding. Two 1-D passes, ${K} + ${K} = ${2 * K} multiplications per pixel instead of ${K * K}.`
          : `Rank ${factor.rank}: σ₂ = ${formatNumber(factor.singularValues[1], 3)} is not 0, so no column times row equals this kernel. Shown is the best one, σ₁u₁v₁ᵀ; it misses by √(σ₂² + σ₃²) = ${formatNumber(factor.error, 3)}.`}
      </p>
      <div className={styles.charts}>
        {panels.map((p, i) => (
          <div key={p.file}>
            <p className={styles.panelTitle}>{p.title}</p>
            <Heatmap
              ref={svgs[i]}
              matrix={p.matrix}
              label={p.title}
              scheme={p.scheme}
              domain={p.scheme === 'diverging' ? [-range, range] : [0, 1]}
              maxCellSize={36}
            />
            <ChartActions svgRef={svgs[i]} filename={`separable-kernel-${p.file}`} />
          </div>
        ))}
      </div>
      <WidgetCode code={separableKernelCode(kernel, s.digit)} />
    </WidgetFrame>
  );
}

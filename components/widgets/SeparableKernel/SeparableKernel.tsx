'use client';
import katex from 'katex';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { Heatmap } from '@/components/charts/Heatmap';
import { siteBaseUrl } from '@/components/site/basePath';
import { ControlButton } from '@/components/widget/TrainingControls';
import { NumberField, Select } from '@/components/widget/fields';
import { Output } from '@/components/widget/Output';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { pageTf, type PageTf as Tf } from '@/components/widget/pageTf';
import type { Dataset } from '@/lib/training/data/dataset';
import { presetKernel, type KernelPreset } from '@/lib/pytorch/conv/kernelPresets';
import { rank1Factorisation } from '@/lib/pytorch/conv/separable';
import { compareSeparable } from '@/lib/pytorch/conv/separableConv';
import { seededRandom } from '@/lib/random/seeded';
import { useMessages, useT } from '@/components/site/LocaleProvider';
import { separableKernelSpec } from './spec';
import { messages } from './messages';
import { KernelEditor } from './KernelEditor';
import styles from './SeparableKernel.module.css';
import { separableKernelCode } from '@/lib/pytorch/widgets/separableKernelCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const SHARED = ['preset', 'digit', 'seed'] as const;
const PRESETS: KernelPreset[] = ['sobelX', 'sobelY', 'box', 'gaussian', 'laplacian', 'random'];
const SIDE = 8;

const num = (v: number) => String(Number(v.toFixed(3)) || 0);
const matrixTex = (rows: readonly (readonly number[])[]) =>
  `\\begin{bmatrix} ${rows.map((r) => r.map(num).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
const tex = (source: string) => ({ __html: katex.renderToString(source, { throwOnError: false }) });
const toRows = (a: Float32Array) =>
  Array.from({ length: SIDE }, (_, y) => Array.from(a.subarray(y * SIDE, (y + 1) * SIDE)));

export default function SeparableKernel(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const t = useT();
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
    ? m.summary(
        {
          rank: factor.rank,
          singularValues: factor.singularValues,
          K,
          column: factor.column.map(num).join(', '),
          row: factor.row.map(num).join(', '),
          error: factor.error,
          index,
          label,
          maxDifference: result.maxAbsDifference,
        },
        separable,
      )
    : env && 'error' in env
      ? m.loadFailed(env.error)
      : m.loading;

  const panels =
    result && image
      ? [
          {
            title: m.digitPanel(index, label),
            matrix: toRows(image),
            scheme: 'sequential' as const,
            file: 'digit',
          },
          {
            title: m.kernelPanel(K),
            matrix: toRows(result.direct),
            scheme: 'diverging' as const,
            file: 'direct',
          },
          {
            title: m.separablePanel(separable),
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
      description={m.description}
      status={result ? 'done' : env && 'error' in env ? 'error' : 'loading'}
      message={env && 'error' in env ? env.error : null}
      summary={summary}
      controls={
        <>
          <div className="widget-fields">
            <Select
              id="sk-preset"
              label={m.preset}
              value={s.preset}
              options={PRESETS.map((p) => [p, m.presets[p]])}
              onChange={(v) => {
                setEdited(null);
                set({ preset: v as KernelPreset });
              }}
            />
            <NumberField
              id="sk-digit"
              label={m.digit}
              value={s.digit}
              min={0}
              max={5619}
              onChange={(v) => set({ digit: v })}
            />
            <NumberField
              id="sk-seed"
              label={m.seed}
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
          <Output name="rank" label={m.rank} value={factor.rank} />
          <Output
            name="sigma-1"
            label={m.singularValue(1)}
            value={factor.singularValues[0]}
            digits={3}
          />
          <Output
            name="sigma-2"
            label={m.singularValue(2)}
            value={factor.singularValues[1]}
            digits={3}
          />
          <Output name="multiplications-direct" label={m.multiplicationsDirect} value={K * K} />
          <Output
            name="multiplications-separable"
            label={m.multiplicationsSeparable}
            value={2 * K}
          />
          <Output
            name="max-abs-difference"
            label={m.maxDifference}
            value={result?.maxAbsDifference}
            digits={3}
          />
          <Output name="rank1-error" label={m.rank1Error} value={factor.error} digits={3} />
        </>
      }
      footer={
        <DataTable
          caption={m.tableCaption}
          columns={m.columns}
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
          ? m.noteSeparable(K)
          : m.noteNotSeparable(factor.rank, factor.singularValues[1], factor.error)}
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

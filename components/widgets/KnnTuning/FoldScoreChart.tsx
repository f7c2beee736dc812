'use client';
import type { Ref } from 'react';
import { Axis } from '@/components/charts/Axis';
import { ChartRoot } from '@/components/charts/ChartRoot';
import { Legend, legendHeight } from '@/components/charts/Legend';
import { useElementSize } from '@/components/charts/useElementSize';
import { axisTicks, tickCountFor } from '@/lib/chart/axisTicks';
import { bandPath } from '@/lib/chart/bandPath';
import { linearScale } from '@/lib/chart/chartScale';
import { linePath } from '@/lib/chart/linePath';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

export interface FoldScoreData {
  kMax: number;
  /** Accuracy on the training data itself, per K (NaN until computed). */
  trap: readonly number[];
  holdout: readonly number[];
  /** One array per fold (NaN until scored). */
  folds: readonly (readonly number[])[];
  mean: readonly number[];
  sd: readonly number[];
  chosenK: number | null;
}

const M = { top: 8, right: 14, bottom: 40, left: 50 };

/**
 * Validation accuracy over K: each fold's score as a dot, the mean over folds
 * as a line with a ±1 sd band, the training-data score (the trap) dashed, the
 * hold-out score, and the chosen K marked.
 */
export function FoldScoreChart({
  data,
  height = 300,
  svgRef,
}: {
  data: FoldScoreData;
  height?: number;
  svgRef?: Ref<SVGSVGElement>;
}) {
  const m = useMessages(messages);
  const { ref, width } = useElementSize<HTMLDivElement>();
  const ks = Array.from({ length: data.kMax }, (_, i) => i + 1);
  const values = [
    ...data.trap,
    ...data.holdout,
    ...data.folds.flat(),
    ...data.mean.map((mu, i) => mu - data.sd[i]),
  ].filter(Number.isFinite);
  const legend = [
    { label: m.onTrainingData, color: 'var(--series-4)', dashed: true },
    { label: m.holdout, color: 'var(--series-2)' },
    { label: m.eachFold, color: 'var(--series-1)', shape: 'swatch' as const },
    { label: m.meanSd, color: 'var(--series-1)' },
  ];
  const w = Math.max(1, width - M.left - M.right);
  const legendH = legendHeight(legend, w) + 8;
  const h = Math.max(1, height - M.top - M.bottom - legendH);
  const x = linearScale([0.5, data.kMax + 0.5], [0, w], { nice: false });
  const y = linearScale(values.length ? [...values, 1] : [0.8, 1], [h, 0]);
  const pts = (ys: readonly number[]) => ks.map((k, i) => ({ x: k, y: ys[i] }));
  const band = ks.map((k, i) => ({
    x: k,
    lo: data.mean[i] - data.sd[i],
    hi: data.mean[i] + data.sd[i],
  }));
  const jitter = (f: number) =>
    data.folds.length > 1
      ? (f / (data.folds.length - 1) - 0.5) * Math.min(10, x(2) - x(1)) * 0.6
      : 0;
  return (
    <ChartRoot
      containerRef={ref}
      svgRef={svgRef}
      label={m.chartLabel}
      width={width}
      height={height}
    >
      <g transform={`translate(${M.left},4)`}>
        <Legend items={legend} width={w} />
      </g>
      <g transform={`translate(${M.left},${M.top + legendH})`}>
        <g transform={`translate(0,${h})`}>
          <Axis
            scale={x}
            orientation="bottom"
            ticks={ks.filter((k) => k === 1 || k % (w < 300 ? 5 : 2) === 1)}
            length={w}
            label={m.neighbours}
          />
        </g>
        <Axis
          scale={y}
          orientation="left"
          ticks={axisTicks(y, 'linear', tickCountFor(h, 40))}
          length={h}
          gridLength={w}
          label={m.accuracy}
        />
        <path d={bandPath(band, x, y)} fill="var(--series-1)" fillOpacity={0.16} />
        {data.folds.map((fold, f) =>
          fold.map((v, i) =>
            Number.isFinite(v) ? (
              <circle
                key={`${f}-${i}`}
                cx={x(i + 1) + jitter(f)}
                cy={y(v)}
                r={2.2}
                fill="var(--series-1)"
                fillOpacity={0.55}
              />
            ) : null,
          ),
        )}
        <path
          d={linePath(pts(data.trap), x, y)}
          fill="none"
          stroke="var(--series-4)"
          strokeWidth={2}
          strokeDasharray="6 4"
        />
        <path
          d={linePath(pts(data.holdout), x, y)}
          fill="none"
          stroke="var(--series-2)"
          strokeWidth={2}
        />
        <path
          d={linePath(pts(data.mean), x, y)}
          fill="none"
          stroke="var(--series-1)"
          strokeWidth={2.5}
        />
        {data.chosenK !== null && (
          <g>
            <line
              x1={x(data.chosenK)}
              x2={x(data.chosenK)}
              y2={h}
              stroke="var(--color-accent)"
              strokeDasharray="4 3"
              strokeWidth={1.5}
            />
            <text
              x={x(data.chosenK) + (data.chosenK > data.kMax / 2 ? -4 : 4)}
              y={h - 6}
              textAnchor={data.chosenK > data.kMax / 2 ? 'end' : 'start'}
              fill="var(--color-accent)"
            >
              {m.chosenKMark(data.chosenK)}
            </text>
          </g>
        )}
      </g>
    </ChartRoot>
  );
}

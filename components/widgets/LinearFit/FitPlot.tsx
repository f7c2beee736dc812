'use client';
import { useMemo } from 'react';
import { Axis } from '@/components/charts/Axis';
import { ChartRoot } from '@/components/charts/ChartRoot';
import { useElementSize } from '@/components/charts/useElementSize';
import { axisTicks, tickCountFor } from '@/lib/chart/axisTicks';
import { linearScale } from '@/lib/chart/chartScale';
import type { LinearData } from '@/lib/experiments/linearFit/linearFitData';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

const M = { top: 12, right: 16, bottom: 40, left: 48 };

/**
 * The data and the current fit. One input: the points and the line y = a·x + b
 * beside the true line. Two inputs: each point's prediction against its target,
 * where a perfect fit lies on the diagonal.
 */
export function FitPlot({
  data,
  a,
  b,
  height = 260,
  svgRef,
}: {
  data: LinearData;
  a: number[] | null;
  b: number | null;
  height?: number;
  svgRef?: React.Ref<SVGSVGElement>;
}) {
  const m = useMessages(messages);
  const { ref, width } = useElementSize();
  const oneD = data.inFeatures === 1;
  const xs = useMemo(() => (oneD ? Array.from(data.x) : Array.from(data.y)), [data, oneD]);
  const ys = useMemo(() => Array.from(data.y), [data]);
  const predict = (i: number) => {
    if (!a || b === null) return NaN;
    let p = b;
    for (let j = 0; j < data.inFeatures; j++) p += a[j] * data.x[i * data.inFeatures + j];
    return p;
  };
  const w = Math.max(0, width - M.left - M.right);
  const h = height - M.top - M.bottom;
  const x = linearScale(oneD ? [-1, 1] : ys, [0, w]);
  const y = linearScale(ys, [h, 0]);
  const line = (slope: number, intercept: number) => {
    const [x0, x1] = x.domain();
    return `M${x(x0)},${y(slope * x0 + intercept)}L${x(x1)},${y(slope * x1 + intercept)}`;
  };
  const label = oneD ? m.fitLine : m.fitPlane;
  return (
    <ChartRoot containerRef={ref} svgRef={svgRef} label={label} width={width} height={height}>
      <defs>
        <clipPath id="fit-clip">
          <rect width={w} height={h} />
        </clipPath>
      </defs>
      <g transform={`translate(${M.left},${M.top})`}>
        <g transform={`translate(0,${h})`}>
          <Axis
            scale={x}
            orientation="bottom"
            ticks={axisTicks(x, 'linear', tickCountFor(w))}
            length={w}
            label={oneD ? 'x' : m.target}
          />
        </g>
        <Axis
          scale={y}
          orientation="left"
          ticks={axisTicks(y, 'linear', tickCountFor(h, 40))}
          length={h}
          gridLength={w}
          label={oneD ? 'y' : m.prediction}
        />
        <g clipPath="url(#fit-clip)">
          {xs.map((xv, i) => {
            const yv = oneD ? ys[i] : predict(i);
            return Number.isFinite(yv) ? (
              <circle
                key={i}
                cx={x(xv)}
                cy={y(yv)}
                r={2.6}
                fill="var(--series-1)"
                fillOpacity={0.55}
              />
            ) : null;
          })}
          {oneD ? (
            <>
              <path
                d={line(data.trueA[0], data.trueB)}
                stroke="var(--color-muted)"
                strokeWidth={2}
                strokeDasharray="6 4"
                fill="none"
              />
              {a && b !== null && (
                <path d={line(a[0], b)} stroke="var(--series-2)" strokeWidth={3} fill="none" />
              )}
            </>
          ) : (
            <path
              d={line(1, 0)}
              stroke="var(--color-muted)"
              strokeWidth={2}
              strokeDasharray="6 4"
              fill="none"
            />
          )}
        </g>
      </g>
    </ChartRoot>
  );
}

'use client';
import { Axis } from '@/components/charts/Axis';
import { ChartRoot } from '@/components/charts/ChartRoot';
import { useSvgId } from '@/components/charts/usePlotCursor';
import { useElementSize } from '@/components/charts/useElementSize';
import { axisTicks, tickCountFor } from '@/lib/chart/axisTicks';
import { linearScale } from '@/lib/chart/chartScale';
import type { BiasVarianceRun } from '@/lib/experiments/biasVariance/simulate';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

const M = { top: 12, right: 12, bottom: 40, left: 44 };

const pathOf = (
  xs: ArrayLike<number>,
  ys: (j: number) => number,
  x: (v: number) => number,
  y: (v: number) => number,
) => {
  let d = '';
  for (let j = 0; j < xs.length; j++)
    d += `${j ? 'L' : 'M'}${x(xs[j]).toFixed(1)},${y(ys(j)).toFixed(1)}`;
  return d;
};

/**
 * The fan: the fits to the first `shown` training sets (thin), their mean E[f̂]
 * (thick), the true f (dashed) and the first training set's points. The y axis
 * spans the targets, so wild high-degree fits run off the plot instead of
 * flattening everything else.
 */
export function FanPlot({
  run,
  shown = 40,
  height = 280,
  svgRef,
}: {
  run: BiasVarianceRun;
  shown?: number;
  height?: number;
  svgRef?: React.Ref<SVGSVGElement>;
}) {
  const m = useMessages(messages);
  const { ref, width } = useElementSize();
  const clip = useSvgId('fan-clip');
  const p = run.testX.length;
  const r = run.fits.length / p;
  const w = Math.max(0, width - M.left - M.right);
  const h = height - M.top - M.bottom;
  const x = linearScale([-1, 1], [0, w]);
  const y = linearScale(
    [...run.f, ...run.firstSet.t, ...run.meanFit].filter(Number.isFinite),
    [h, 0],
    { nice: true },
  );
  return (
    <ChartRoot
      containerRef={ref}
      svgRef={svgRef}
      width={width}
      height={height}
      label={m.fanChart(Math.min(shown, r), r)}
    >
      <defs>
        <clipPath id={clip}>
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
            label="x"
          />
        </g>
        <Axis
          scale={y}
          orientation="left"
          ticks={axisTicks(y, 'linear', tickCountFor(h, 40))}
          length={h}
          gridLength={w}
          label="t"
        />
        <g clipPath={`url(#${clip})`} fill="none">
          {Array.from({ length: Math.min(shown, r) }, (_, k) => (
            <path
              key={k}
              d={pathOf(run.testX, (j) => run.fits[k * p + j], x, y)}
              stroke="var(--series-1)"
              strokeOpacity={0.28}
              strokeWidth={1}
            />
          ))}
          {Array.from(run.firstSet.x, (xv, i) => (
            <circle
              key={`p${i}`}
              cx={x(xv)}
              cy={y(run.firstSet.t[i])}
              r={2.6}
              fill="var(--series-3)"
              fillOpacity={0.8}
            />
          ))}
          <path
            d={pathOf(run.testX, (j) => run.f[j], x, y)}
            stroke="var(--color-fg)"
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <path
            d={pathOf(run.testX, (j) => run.meanFit[j], x, y)}
            stroke="var(--series-2)"
            strokeWidth={3}
          />
        </g>
      </g>
    </ChartRoot>
  );
}

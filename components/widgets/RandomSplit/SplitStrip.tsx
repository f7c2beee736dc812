'use client';
import type { Ref } from 'react';
import { ChartRoot } from '@/components/charts/ChartRoot';
import { Legend } from '@/components/charts/Legend';
import { useElementSize } from '@/components/charts/useElementSize';
import { formatNumber } from '@/lib/site/format';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

export interface StripRow {
  label: string;
  /** The test indices of this split. */
  test: readonly number[];
}

const ROW = 26;
const LEFT = 120;

/**
 * Every index of the data set as a strip, one row per library. With more
 * indices than pixels, each bar stands for a run of consecutive indices and
 * its test-coloured part is the fraction of them held out.
 */
export function SplitStrip({
  rows,
  n,
  svgRef,
}: {
  rows: readonly StripRow[];
  n: number;
  svgRef?: Ref<SVGSVGElement>;
}) {
  const m = useMessages(messages);
  const locale = useLocale();
  const { ref, width } = useElementSize<HTMLDivElement>();
  const plotW = Math.max(1, width - LEFT - 8);
  const bins = Math.max(1, Math.min(n, Math.floor(plotW / 3)));
  const binW = plotW / bins;
  const height = 28 + rows.length * (ROW + 8) + 40;
  const fractions = rows.map((r) => {
    const counts = new Array<number>(bins).fill(0);
    for (const i of r.test) counts[Math.floor((i * bins) / n)]++;
    return counts.map(
      (c, b) => c / (Math.ceil(((b + 1) * n) / bins) - Math.ceil((b * n) / bins) || 1),
    );
  });
  return (
    <ChartRoot
      containerRef={ref}
      svgRef={svgRef}
      label={m.stripLabel(formatNumber(n, 4, locale))}
      width={width}
      height={height}
    >
      <g transform={`translate(${LEFT},2)`}>
        <Legend
          items={[
            { label: m.train, color: 'var(--cat-train)', shape: 'swatch' },
            { label: m.test, color: 'var(--cat-test)', shape: 'swatch' },
          ]}
          width={plotW}
        />
      </g>
      {rows.map((r, k) => (
        <g key={r.label} transform={`translate(0,${28 + k * (ROW + 8)})`}>
          <text x={LEFT - 8} y={ROW / 2} dy="0.32em" textAnchor="end" fill="var(--color-fg)">
            {r.label}
          </text>
          <rect x={LEFT} width={plotW} height={ROW} fill="var(--cat-train)" />
          {fractions[k].map((f, b) =>
            f > 0 ? (
              <rect
                key={b}
                x={LEFT + b * binW}
                y={ROW * (1 - f)}
                width={binW}
                height={ROW * f}
                fill="var(--cat-test)"
              />
            ) : null,
          )}
        </g>
      ))}
      <text x={LEFT} y={height - 22} fill="var(--color-muted)">
        0
      </text>
      <text x={LEFT + plotW} y={height - 22} textAnchor="end" fill="var(--color-muted)">
        {n - 1}
      </text>
      <text x={LEFT + plotW / 2} y={height - 6} textAnchor="middle" fill="var(--color-fg)">
        {m.index(bins < n ? Math.round(n / bins) : null)}
      </text>
    </ChartRoot>
  );
}

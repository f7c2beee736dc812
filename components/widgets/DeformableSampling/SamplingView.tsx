'use client';
import type { KeyboardEvent, Ref } from 'react';
import { ChartRoot } from '@/components/charts/ChartRoot';
import { useElementSize } from '@/components/charts/useElementSize';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

export interface TapPoint {
  /** Regular position p₀ + pₙ (row, column, in pixels). */
  regular: { y: number; x: number };
  /** Learned position p₀ + pₙ + Δpₙ, or the regular one before training. */
  learned: { y: number; x: number };
}

export interface SamplingViewProps {
  size: number;
  /** Row-major pixels in [0, 1]. */
  image: ArrayLike<number> | null;
  location: { row: number; col: number };
  taps: readonly TapPoint[];
  onSelect(location: { row: number; col: number }): void;
  label: string;
  svgRef?: Ref<SVGSVGElement>;
}

/** Room around the image for taps that sample outside it (they read zeros). */
const MARGIN = 1.5;

/**
 * A digit as grey cells with the nine sampling points of one output location: hollow rings (a
 * light and a dark stroke, visible on ink and on paper in both themes) at
 * the regular 3×3 grid, filled dots where the deformable convolution reads, joined by lines.
 * Click a pixel or use the arrow keys to choose the output location.
 */
export function SamplingView({
  size,
  image,
  location,
  taps,
  onSelect,
  label,
  svgRef,
}: SamplingViewProps) {
  const m = useMessages(messages);
  const { ref, width } = useElementSize<HTMLDivElement>();
  const cell = Math.max(12, Math.min(44, Math.floor(width / (size + 2 * MARGIN))));
  const side = cell * (size + 2 * MARGIN);
  const limit = (v: number) => Math.max(-MARGIN + 0.2, Math.min(size + MARGIN - 1.2, v));
  const at = (p: { y: number; x: number }) => ({
    cx: (limit(p.x) + MARGIN + 0.5) * cell,
    cy: (limit(p.y) + MARGIN + 0.5) * cell,
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const clamp = (v: number) => Math.max(0, Math.min(size - 1, v));
    onSelect({ row: clamp(location.row + move[0]), col: clamp(location.col + move[1]) });
  };
  return (
    <div
      className="deformable-sampling-view"
      tabIndex={0}
      role="group"
      aria-label={m.locationLabel(location.row + 1, location.col + 1, size)}
      onKeyDown={onKeyDown}
    >
      <ChartRoot
        containerRef={ref}
        svgRef={svgRef}
        label={label}
        width={width > 0 ? side : 0}
        height={side}
      >
        <g transform={`translate(${MARGIN * cell},${MARGIN * cell})`}>
          <rect
            x={-MARGIN * cell}
            y={-MARGIN * cell}
            width={side}
            height={side}
            fill="none"
            stroke="var(--color-border)"
            strokeDasharray="3 3"
          />
          {Array.from({ length: size * size }, (_, t) => {
            const r = Math.floor(t / size);
            const c = t % size;
            return (
              <rect
                key={t}
                x={c * cell}
                y={r * cell}
                width={cell}
                height={cell}
                fill="var(--color-fg)"
                fillOpacity={image ? Math.max(0.04, image[t] * 0.75) : 0.04}
                stroke="var(--color-border)"
                strokeWidth={0.5}
                onClick={() => onSelect({ row: r, col: c })}
                cursor="pointer"
              />
            );
          })}
          <rect
            x={location.col * cell}
            y={location.row * cell}
            width={cell}
            height={cell}
            fill="none"
            stroke="var(--series-2)"
            strokeWidth={3}
            pointerEvents="none"
          />
        </g>
        <g pointerEvents="none">
          {taps.map((tap, k) => {
            const a = at(tap.regular);
            const b = at(tap.learned);
            return (
              <g key={k}>
                <line
                  x1={a.cx}
                  y1={a.cy}
                  x2={b.cx}
                  y2={b.cy}
                  stroke="var(--color-accent)"
                  strokeWidth={1.5}
                />
                <circle
                  cx={a.cx}
                  cy={a.cy}
                  r={cell * 0.16}
                  fill="none"
                  stroke="var(--color-surface)"
                  strokeWidth={3.5}
                />
                <circle
                  cx={a.cx}
                  cy={a.cy}
                  r={cell * 0.16}
                  fill="none"
                  stroke="var(--color-fg)"
                  strokeWidth={1.5}
                />
                <circle
                  cx={b.cx}
                  cy={b.cy}
                  r={cell * 0.14}
                  fill="var(--color-accent)"
                  stroke="var(--color-surface)"
                  strokeWidth={1.5}
                />
              </g>
            );
          })}
        </g>
      </ChartRoot>
    </div>
  );
}

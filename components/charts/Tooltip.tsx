import { estimateTextWidth } from '@/lib/chart/legendLayout';
import { tooltipPlacement, type Box } from '@/lib/chart/tooltipPlacement';

export interface TooltipLine {
  text: string;
  /** Colour of a small key before the text (a series colour); none when omitted. */
  color?: string;
  dashed?: boolean;
}

export interface TooltipProps {
  /** Anchor point in the coordinates of the enclosing group (e.g. the hovered point). */
  x: number;
  y: number;
  lines: readonly TooltipLine[];
  /** Area the tooltip must stay inside (the plot's width and height). */
  bounds: Box;
}

const FONT = 12;
const LINE = 17;
const PAD = 6;
const KEY = 14;

/** An SVG tooltip box beside an anchor point, kept inside its bounds. Draw it last so it sits on top. */
export function Tooltip({ x, y, lines, bounds }: TooltipProps) {
  if (lines.length === 0) return null;
  const hasKeys = lines.some((l) => l.color);
  const textX = PAD + (hasKeys ? KEY + 4 : 0);
  const width = textX + PAD + Math.max(...lines.map((l) => estimateTextWidth(l.text, FONT)));
  const height = 2 * PAD + lines.length * LINE;
  const at = tooltipPlacement({ x, y }, { width, height }, bounds);
  return (
    <g
      className="chart-tooltip"
      transform={`translate(${at.x},${at.y})`}
      pointerEvents="none"
      fontSize={FONT}
    >
      <rect
        width={width}
        height={height}
        rx={4}
        fill="var(--color-surface)"
        stroke="var(--color-border)"
      />
      {lines.map((l, i) => {
        const cy = PAD + LINE * i + LINE / 2;
        return (
          <g key={i}>
            {l.color && (
              <line
                x1={PAD}
                x2={PAD + KEY}
                y1={cy}
                y2={cy}
                stroke={l.color}
                strokeWidth={2.5}
                strokeDasharray={l.dashed ? '4 2' : undefined}
              />
            )}
            <text x={textX} y={cy} dy="0.32em" fill="var(--color-fg)">
              {l.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

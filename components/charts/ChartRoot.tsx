import type { ReactNode, Ref } from 'react';

export interface ChartRootProps {
  /** Ref from `useElementSize`: the container whose width the chart fills. */
  containerRef: (element: HTMLDivElement | null) => void;
  /** Ref to the `<svg>`, for `ChartActions` / `saveSvg`. */
  svgRef?: Ref<SVGSVGElement>;
  /** Accessible name of the chart (`aria-label`). */
  label: string;
  /** Text of the SVG `<title>` (shown as a native tooltip and kept in saved files); `label` by default. */
  title?: string;
  width: number;
  height: number;
  /** Text read out by screen readers (the keyboard cursor's values); empty for silence. */
  announcement?: string;
  children: ReactNode;
}

/**
 * The frame every chart shares: a full-width container, `<svg role="img">` with
 * an accessible name and `<title>`, and a polite live region for the values the
 * keyboard cursor reaches. The drawing is rendered only once the width is known.
 */
export function ChartRoot({
  containerRef,
  svgRef,
  label,
  title,
  width,
  height,
  announcement = '',
  children,
}: ChartRootProps) {
  return (
    <div className="chart" ref={containerRef} style={{ minHeight: height }}>
      <svg
        ref={svgRef}
        role="img"
        aria-label={label}
        xmlns="http://www.w3.org/2000/svg"
        width={width || '100%'}
        height={height}
        viewBox={width > 0 ? `0 0 ${width} ${height}` : undefined}
        fontSize={12}
      >
        <title>{title ?? label}</title>
        {width > 0 && children}
      </svg>
      <p className="chart-sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

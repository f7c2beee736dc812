'use client';

import { useState, type RefObject } from 'react';
import { savePng, saveSvg } from './exportChart';
import { useChartText } from './chartText';

export interface ChartActionsProps {
  /** The chart's `<svg>` (pass the same ref as the chart's `ref`). */
  svgRef: RefObject<SVGSVGElement | null>;
  /** File name without extension, e.g. "linear-fit-loss". */
  filename: string;
  /** PNG pixel ratio; default 2. */
  scale?: number;
}

/** "Save SVG" and "Save PNG" buttons for one chart. */
export function ChartActions({ svgRef, filename, scale = 2 }: ChartActionsProps) {
  const chartText = useChartText();
  const [error, setError] = useState('');
  const run = async (save: (svg: SVGSVGElement) => void | Promise<void>) => {
    const svg = svgRef.current;
    if (!svg) return;
    try {
      setError('');
      await save(svg);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="chart-actions">
      <button type="button" onClick={() => run((svg) => saveSvg(svg, filename))}>
        {chartText.saveSvg}
      </button>
      <button type="button" onClick={() => run((svg) => savePng(svg, filename, scale, chartText))}>
        {chartText.savePng}
      </button>
      {error && <span role="alert">{error}</span>}
    </div>
  );
}

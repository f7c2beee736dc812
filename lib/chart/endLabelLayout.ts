/**
 * Whether a line chart labels its series at the right ends of the lines, and
 * how much room it keeps for them. End labels may take at most `maxShare` of
 * the chart's width; when the longest one does not fit, the chart drops them
 * all (a truncated "pointwise bottlene…" helps nobody) and shows the legend
 * instead, so every series is still named.
 */
export interface EndLabelLayout {
  endLabels: boolean;
  legend: boolean;
  /** Right margin in px. */
  right: number;
}

export const END_LABEL_GAP = 12;
export const PLAIN_RIGHT_MARGIN = 16;

export function endLabelLayout(
  labelWidths: readonly number[],
  width: number,
  wanted: { endLabels: boolean; legend: boolean },
  maxShare = 0.3,
): EndLabelLayout {
  const needed = END_LABEL_GAP + Math.max(0, ...labelWidths);
  const fits = needed <= width * maxShare;
  if (wanted.endLabels && fits) return { endLabels: true, legend: wanted.legend, right: needed };
  return { endLabels: false, legend: wanted.legend || wanted.endLabels, right: PLAIN_RIGHT_MARGIN };
}

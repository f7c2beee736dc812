export interface LegendMetrics {
  /** Font size of the labels in px. */
  fontSize: number;
  /** Width of the swatch or line sample before each label. */
  swatchWidth: number;
  /** Space between the swatch and its label, and between items. */
  gap: number;
  /** Height of one legend row. */
  rowHeight: number;
}

export const DEFAULT_LEGEND_METRICS: LegendMetrics = {
  fontSize: 12,
  swatchWidth: 20,
  gap: 12,
  rowHeight: 20,
};

/** Hangul, CJK ideographs and kana, and fullwidth forms: drawn about one em wide. */
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/g;

/**
 * Estimated width of a label: SVG text cannot be measured before it is drawn. Latin text
 * averages 0.6 em a character; a Hangul syllable or a CJK character takes a full em.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  const wide = text.match(WIDE)?.length ?? 0;
  return (text.length - wide) * fontSize * 0.6 + wide * fontSize;
}

/**
 * Positions of legend items laid out left to right, wrapping to a new row when
 * the next item would pass `width` (an item wider than `width` gets a row of its
 * own). Returns each item's top-left corner and the total height.
 */
export function legendLayout(
  labels: readonly string[],
  width: number,
  metrics: LegendMetrics = DEFAULT_LEGEND_METRICS,
): { positions: { x: number; y: number }[]; height: number } {
  const positions: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const label of labels) {
    const itemWidth =
      metrics.swatchWidth + metrics.gap / 2 + estimateTextWidth(label, metrics.fontSize);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += metrics.rowHeight;
    }
    positions.push({ x, y });
    x += itemWidth + metrics.gap;
  }
  return { positions, height: labels.length === 0 ? 0 : y + metrics.rowHeight };
}

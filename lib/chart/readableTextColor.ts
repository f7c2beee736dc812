import { cssRgba } from './cssRgba';

/**
 * Relative luminance of an sRGB colour, WCAG 2.x definition: channels linearised
 * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ^ 2.4), then
 * L = 0.2126 R + 0.7152 G + 0.0722 B. Accepts "#rgb", "#rrggbb" or "rgb(r, g, b)".
 */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseRgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05), lighter over darker. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever contrasts more with `background`: for labels inside heatmap cells. */
export function readableTextColor(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}

function parseRgb(color: string): [number, number, number] {
  const [r, g, b] = cssRgba(color);
  return [r, g, b];
}

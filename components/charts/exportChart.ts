/**
 * Saving a chart as a standalone file. The on-page SVG takes its colours from
 * CSS custom properties and its fonts from the page; a saved file has neither,
 * so every element gets its computed presentation properties written inline.
 */
import type { ChartText } from './chartText';

const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'stop-color',
  'stop-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

/** A copy of `svg` with computed styles inlined, a background and explicit size, as SVG source. */
export function serializeChart(svg: SVGSVGElement): {
  source: string;
  width: number;
  height: number;
} {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 600;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 300;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll<SVGElement>('*')];
  const copies = [clone, ...clone.querySelectorAll<SVGElement>('*')];
  originals.forEach((el, i) => {
    const computed = getComputedStyle(el);
    const style = INLINED_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    copies[i].setAttribute('style', style);
    copies[i].removeAttribute('tabindex');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', svg.getAttribute('viewBox') ?? `0 0 ${width} ${height}`);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute(
    'fill',
    getComputedStyle(svg).getPropertyValue('--color-bg').trim() || '#ffffff',
  );
  clone.insertBefore(background, clone.querySelector('title')?.nextSibling ?? clone.firstChild);
  clone.querySelectorAll('.chart-tooltip').forEach((t) => t.remove());
  const source =
    '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
  return { source, width, height };
}

/** Offer a Blob to the reader as a download named `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Save the chart as `<filename>.svg` (the extension is added when missing). */
export function saveSvg(svg: SVGSVGElement, filename: string): void {
  const { source } = serializeChart(svg);
  downloadBlob(
    new Blob([source], { type: 'image/svg+xml;charset=utf-8' }),
    withExtension(filename, 'svg'),
  );
}

/**
 * Save the chart as `<filename>.png` at `scale` times its on-screen size: the
 * serialised SVG is loaded into an Image and drawn onto a canvas.
 */
export async function savePng(
  svg: SVGSVGElement,
  filename: string,
  scale: number,
  chartText: Pick<ChartText, 'imageFailed' | 'canvasMissing' | 'pngFailed'>,
): Promise<void> {
  const { source, width, height } = serializeChart(svg);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(chartText.imageFailed));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(chartText.canvasMissing);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error(chartText.pngFailed);
    downloadBlob(png, withExtension(filename, 'png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function withExtension(filename: string, ext: string): string {
  return filename.toLowerCase().endsWith(`.${ext}`) ? filename : `${filename}.${ext}`;
}

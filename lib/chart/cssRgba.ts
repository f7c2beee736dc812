/**
 * The bytes of a CSS colour as the ramps and themes write it: "#rgb", "#rrggbb",
 * "rgb(r, g, b)", "rgba(r, g, b, a)" or "transparent"; alpha as 0–255, for an ImageData.
 */
export function cssRgba(color: string): [number, number, number, number] {
  const text = color.trim();
  if (text === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [...[0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)), 255] as [
      number,
      number,
      number,
      number,
    ];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?/i.exec(text);
  if (rgb)
    return [
      Number(rgb[1]),
      Number(rgb[2]),
      Number(rgb[3]),
      rgb[4] === undefined ? 255 : Math.round(Number(rgb[4]) * 255),
    ];
  throw new Error(`Cannot read colour "${color}": use #rgb, #rrggbb or rgb(r, g, b)`);
}

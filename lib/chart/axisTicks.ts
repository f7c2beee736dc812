import type { ChartScale } from './chartScale';
import type { ScaleKind } from './safeDomain';

/** About one labelled tick per `spacing` pixels of axis, at least 2. */
export function tickCountFor(lengthPx: number, spacing = 60): number {
  return Math.max(2, Math.floor(Math.abs(lengthPx) / spacing));
}

/**
 * Tick values for an axis. Linear: d3's nice ticks (`scale.ticks(count)`, multiples
 * of 1, 2 or 5 times a power of ten). Log: the whole powers of ten inside the
 * domain, every k-th of them when there are more than `count`; when the domain
 * holds fewer than two powers of ten, d3's log ticks (1–9 times a power of ten)
 * thinned to at most `count`.
 */
export function axisTicks(scale: ChartScale, kind: ScaleKind, count: number): number[] {
  if (kind === 'linear') return scale.ticks(count);
  const [a, b] = scale.domain();
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  if (last - first + 1 >= 2) {
    const step = Math.ceil((last - first + 1) / Math.max(1, count));
    const ticks: number[] = [];
    for (let e = first; e <= last; e += step) ticks.push(Number(`1e${e}`));
    return ticks;
  }
  const all = scale.ticks(count);
  const step = Math.ceil(all.length / Math.max(1, count));
  return all.filter((_, i) => i % step === 0);
}

import { finiteExtent } from './finiteExtent';

export type ScaleKind = 'linear' | 'log';

export interface DomainOptions {
  /** Stretch a linear domain so it contains 0 (bar lengths, accuracies). Ignored for log. */
  includeZero?: boolean;
}

/** Domain shown when there is nothing to plot yet. */
export const EMPTY_LINEAR_DOMAIN: [number, number] = [0, 1];
export const EMPTY_LOG_DOMAIN: [number, number] = [1, 10];

/**
 * A linear domain that is never empty or zero-width: the finite extent of the
 * values; with no finite value [0, 1]; with one distinct value v, v ± 10 % of |v|
 * (± 1 when v = 0), so a single point sits in the middle of the axis.
 */
export function safeLinearDomain(
  values: Iterable<number>,
  options: DomainOptions = {},
): [number, number] {
  const extent = finiteExtent(values);
  let [lo, hi] = extent ?? EMPTY_LINEAR_DOMAIN;
  if (extent && lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    [lo, hi] = [lo - pad, hi + pad];
  }
  if (options.includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  return [lo, hi];
}

/**
 * A log domain: the extent of the finite, strictly positive values (zero and
 * negative values cannot sit on a log axis and are dropped); with none, [1, 10];
 * with one distinct value v, [v / 10, v * 10], one decade each side.
 */
export function safeLogDomain(values: Iterable<number>): [number, number] {
  const extent = finiteExtent(values, { positiveOnly: true });
  if (!extent) return [...EMPTY_LOG_DOMAIN];
  const [lo, hi] = extent;
  return lo === hi ? [lo / 10, hi * 10] : [lo, hi];
}

/** Whether a value can be drawn on an axis of this kind (finite, and positive for log). */
export function isPlottable(value: number, kind: ScaleKind): boolean {
  return Number.isFinite(value) && (kind === 'linear' || value > 0);
}

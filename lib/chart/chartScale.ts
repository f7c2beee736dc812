import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { safeLinearDomain, safeLogDomain, type DomainOptions, type ScaleKind } from './safeDomain';

/** A linear or log d3 scale; both map numbers to pixels and offer `ticks`. */
export type ChartScale = ScaleContinuousNumeric<number, number>;

export interface ChartScaleOptions extends DomainOptions {
  /** Round the domain outward to nice values (d3 `scale.nice()`); default true. */
  nice?: boolean;
}

/**
 * A d3 linear scale over the safe domain of `values` (see `safeLinearDomain`),
 * mapped onto `range` in pixels, niced by default.
 */
export function linearScale(
  values: Iterable<number>,
  range: readonly [number, number],
  options: ChartScaleOptions = {},
): ChartScale {
  const scale = scaleLinear()
    .domain(safeLinearDomain(values, options))
    .range([...range]);
  return options.nice === false ? scale : scale.nice();
}

/**
 * A d3 log scale (base 10) over the positive values (see `safeLogDomain`),
 * niced to whole decades by default. It clamps: an input at or below zero, or
 * beyond the domain, maps to the nearest end of the range instead of -Infinity,
 * so a band whose lower edge reaches 0 still draws to the axis floor.
 */
export function logScale(
  values: Iterable<number>,
  range: readonly [number, number],
  options: ChartScaleOptions = {},
): ChartScale {
  const scale = scaleLog()
    .domain(safeLogDomain(values))
    .range([...range])
    .clamp(true);
  return options.nice === false ? scale : scale.nice();
}

/** `linearScale` or `logScale` by kind. */
export function chartScale(
  kind: ScaleKind,
  values: Iterable<number>,
  range: readonly [number, number],
  options: ChartScaleOptions = {},
): ChartScale {
  return kind === 'log' ? logScale(values, range, options) : linearScale(values, range, options);
}

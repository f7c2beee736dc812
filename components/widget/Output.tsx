'use client';
import { useLocale } from '@/components/site/LocaleProvider';
import { formatNumber } from '@/lib/site/format';
import type { MetricOf } from '@/lib/training/experiment';

export { formatNumber };

/**
 * The `<output name>` a metric is shown under: its declared name in kebab case (`chosenK` →
 * `chosen-k`, `accuracy-bn` unchanged), the names the browser tests and the bench read.
 */
export type OutputNameOf<Metric extends string> = Metric extends `${infer Head}${infer Tail}`
  ? `${KebabHead<Head>}${OutputNameOf<Tail>}`
  : Metric;
/** One character of a name in kebab case; a family's `*` (a `string`) stays as it is. */
type KebabHead<C extends string> = string extends C
  ? C
  : C extends Lowercase<C>
    ? C
    : `-${Lowercase<C>}`;

export interface OutputProps<Name extends string = string> {
  name: Name;
  label: string;
  value: number | null | undefined;
  digits?: number;
  unit?: string;
}

/** A headline number: `<output name data-value>` with the full-precision value and a rounded text. */
export function Output<Name extends string = string>({
  name,
  label,
  value,
  digits = 4,
  unit,
}: OutputProps<Name>) {
  const locale = useLocale();
  const has = value !== null && value !== undefined;
  return (
    <div className="widget-output">
      <span className="widget-output-label" id={`${name}-label`}>
        {label}
      </span>
      <output name={name} aria-labelledby={`${name}-label`} data-value={has ? String(value) : ''}>
        {has ? formatNumber(value, digits, locale) : '–'}
        {has && unit ? ` ${unit}` : ''}
      </output>
    </div>
  );
}

/**
 * `Output` for a training widget, its `name` typed: one of experiment `E`'s declared metrics
 * (as `OutputNameOf` spells them) or one of `Extra`, the headlines the widget works out on the
 * page (`'step'`). A misspelt name does not compile; the rendered name is unchanged.
 */
export function metricOutput<E, Extra extends string = never>() {
  return Output<OutputNameOf<MetricOf<E>> | Extra>;
}

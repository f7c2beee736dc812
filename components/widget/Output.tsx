'use client';
import { useLocale } from '@/components/site/LocaleProvider';
import { formatNumber } from '@/lib/site/format';

export { formatNumber };

/** A headline number: `<output name data-value>` with the full-precision value and a rounded text. */
export function Output({
  name,
  label,
  value,
  digits = 4,
  unit,
}: {
  name: string;
  label: string;
  value: number | null | undefined;
  digits?: number;
  unit?: string;
}) {
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

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
  const has = value !== null && value !== undefined;
  return (
    <div className="widget-output">
      <span className="widget-output-label" id={`${name}-label`}>
        {label}
      </span>
      <output name={name} aria-labelledby={`${name}-label`} data-value={has ? String(value) : ''}>
        {has ? formatNumber(value, digits) : '–'}
        {has && unit ? ` ${unit}` : ''}
      </output>
    </div>
  );
}

/** Rounds for reading: fixed for ordinary magnitudes, scientific for tiny or huge ones. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e9) return value.toLocaleString('en-US');
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(Math.max(1, digits - 2));
  return value
    .toPrecision(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

'use client';
import { useId } from 'react';
import { optionsShowing, rangeCovering } from './controlValue';
import { formatNumber } from './Output';

/**
 * Labelled inputs shared by every widget. A log slider moves in equal ratios
 * (0.001 … 2), which suits learning rates; its values keep three significant
 * digits, enough for every arrow-key step to change the value (with two, the
 * keyboard stuck at 0.1, where a step of 0.01 decades rounds back). Each shows the state's value even
 * when its options or range do not include it (see controlValue).
 */
export function Slider({
  id,
  label,
  value,
  min,
  max,
  step,
  log,
  onChange,
  disabled,
}: {
  id?: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  log?: boolean;
  onChange(v: number): void;
  disabled?: boolean;
}) {
  const auto = useId();
  const inputId = id ?? auto;
  const [lo, hi] = rangeCovering(min, max, value);
  const toPos = (v: number) => (log ? Math.log10(v) : v);
  const fromPos = (p: number) => (log ? Number((10 ** p).toPrecision(3)) : p);
  return (
    <div className="field">
      <label htmlFor={inputId}>
        {label} <span className="field-value">{formatNumber(value, 3)}</span>
      </label>
      <input
        id={inputId}
        type="range"
        min={toPos(lo)}
        max={toPos(hi)}
        step={log ? 0.01 : (step ?? (max - min) / 100)}
        value={toPos(value)}
        aria-valuetext={formatNumber(value, 3)}
        onChange={(e) => onChange(fromPos(Number(e.target.value)))}
        disabled={disabled}
      />
    </div>
  );
}

export function Select({
  id,
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  id?: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange(v: string): void;
  disabled?: boolean;
}) {
  const auto = useId();
  const inputId = id ?? auto;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <select
        id={inputId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
      >
        {optionsShowing(options, value).map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function NumberField({
  id,
  label,
  value,
  min,
  max,
  step = 1,
  onChange,
  disabled,
}: {
  id?: string;
  label: string;
  value: number;
  min?: number;
  max?: number;
  step?: number;
  onChange(v: number): void;
  disabled?: boolean;
}) {
  const auto = useId();
  const inputId = id ?? auto;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        value={value}
        min={min}
        max={max}
        step={step}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (
            e.target.value !== '' &&
            Number.isFinite(v) &&
            (min === undefined || v >= min) &&
            (max === undefined || v <= max)
          )
            onChange(v);
        }}
        disabled={disabled}
      />
    </div>
  );
}

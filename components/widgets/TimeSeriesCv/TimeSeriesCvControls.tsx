'use client';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { useMessages, useT } from '@/components/site/LocaleProvider';
import { messages } from './messages';

export interface TimeSeriesCvSettings {
  participants: number;
  days: number;
  futureDays: number;
  noiseAutocorrelation: number;
  drift: number;
  kFolds: number;
  others: 'all' | 'past';
  seed: number;
}

/** The data's settings and the schemes' options. */
export function TimeSeriesCvControls({
  settings,
  onChange,
  disabled,
}: {
  settings: TimeSeriesCvSettings;
  onChange(patch: Partial<TimeSeriesCvSettings>): void;
  disabled: boolean;
}) {
  const m = useMessages(messages);
  const t = useT();
  return (
    <div className="widget-fields">
      <Slider
        label={m.participants}
        value={settings.participants}
        min={2}
        max={8}
        step={1}
        onChange={(v) => onChange({ participants: v })}
        disabled={disabled}
      />
      <Slider
        label={m.daysRecorded}
        value={settings.days}
        min={Math.max(6, settings.futureDays + 4)}
        max={21}
        step={1}
        onChange={(v) => onChange({ days: v })}
        disabled={disabled}
      />
      <Slider
        label={m.futureDays}
        value={settings.futureDays}
        min={1}
        max={Math.min(4, settings.days - 4)}
        step={1}
        onChange={(v) => onChange({ futureDays: v })}
        disabled={disabled}
      />
      <Slider
        label={m.noiseCorrelation}
        value={settings.noiseAutocorrelation}
        min={0}
        max={0.99}
        step={0.01}
        onChange={(v) => onChange({ noiseAutocorrelation: v })}
        disabled={disabled}
      />
      <Slider
        label={m.drift}
        value={settings.drift}
        min={0}
        max={4}
        step={0.1}
        onChange={(v) => onChange({ drift: v })}
        disabled={disabled}
      />
      <Slider
        label={m.kFolds}
        value={settings.kFolds}
        min={2}
        max={10}
        step={1}
        onChange={(v) => onChange({ kFolds: v })}
        disabled={disabled}
      />
      <Select
        label={m.others}
        value={settings.others}
        options={[
          ['all', m.othersAll],
          ['past', m.othersPast],
        ]}
        onChange={(v) => onChange({ others: v as TimeSeriesCvSettings['others'] })}
        disabled={disabled}
      />
      <NumberField
        label={t.seed}
        value={settings.seed}
        min={0}
        onChange={(v) => onChange({ seed: v })}
        disabled={disabled}
      />
    </div>
  );
}

'use client';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { t } from '@/lib/site/strings';

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
  return (
    <div className="widget-fields">
      <Slider
        label="Participants"
        value={settings.participants}
        min={2}
        max={8}
        step={1}
        onChange={(v) => onChange({ participants: v })}
        disabled={disabled}
      />
      <Slider
        label="Days recorded"
        value={settings.days}
        min={Math.max(6, settings.futureDays + 4)}
        max={21}
        step={1}
        onChange={(v) => onChange({ days: v })}
        disabled={disabled}
      />
      <Slider
        label="Held-out future days"
        value={settings.futureDays}
        min={1}
        max={Math.min(4, settings.days - 4)}
        step={1}
        onChange={(v) => onChange({ futureDays: v })}
        disabled={disabled}
      />
      <Slider
        label="Hour-to-hour noise correlation"
        value={settings.noiseAutocorrelation}
        min={0}
        max={0.99}
        step={0.01}
        onChange={(v) => onChange({ noiseAutocorrelation: v })}
        disabled={disabled}
      />
      <Slider
        label="Day-to-day drift of habits"
        value={settings.drift}
        min={0}
        max={4}
        step={0.1}
        onChange={(v) => onChange({ drift: v })}
        disabled={disabled}
      />
      <Slider
        label="K of the shuffled K-fold"
        value={settings.kFolds}
        min={2}
        max={10}
        step={1}
        onChange={(v) => onChange({ kFolds: v })}
        disabled={disabled}
      />
      <Select
        label="Other participants train on"
        value={settings.others}
        options={[
          ['all', 'all their days (Cochrane)'],
          ['past', 'only their past'],
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

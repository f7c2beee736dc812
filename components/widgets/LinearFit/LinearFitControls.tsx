import type { z } from 'zod';
import type { linearFitSpec } from './spec';
import { Slider, Select, NumberField } from '@/components/widget/fields';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

type Settings = z.infer<typeof linearFitSpec.props>;

/** The LinearFit settings a student can change; each change resets the run. */
export function LinearFitControls({
  settings,
  onChange,
  disabled,
}: {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  disabled: boolean;
}) {
  const m = useMessages(messages);
  return (
    <div className="widget-fields">
      <Slider
        id="lf-lr"
        label={m.learningRate}
        value={settings.learningRate}
        min={0.001}
        max={2}
        log
        onChange={(v) => onChange({ learningRate: v })}
        disabled={disabled}
      />
      <Slider
        id="lf-noise"
        label={m.noise}
        value={settings.noise}
        min={0}
        max={2}
        step={0.05}
        onChange={(v) => onChange({ noise: v })}
        disabled={disabled}
      />
      <Select
        id="lf-batch"
        label={m.batchSize}
        value={String(settings.batchSize)}
        options={['1', '4', '16', '64', '128'].map((v) => [v, v])}
        onChange={(v) => onChange({ batchSize: Number(v) })}
        disabled={disabled}
      />
      <Select
        id="lf-opt"
        label={m.optimizer}
        value={settings.optimizer}
        options={[
          ['sgd', 'SGD'],
          ['adam', 'Adam'],
        ]}
        onChange={(v) => onChange({ optimizer: v as Settings['optimizer'] })}
        disabled={disabled}
      />
      <Select
        id="lf-in"
        label={m.inputs}
        value={String(settings.inFeatures)}
        options={[
          ['1', m.oneInput],
          ['2', m.twoInputs],
        ]}
        onChange={(v) => onChange({ inFeatures: v === '2' ? 2 : 1 })}
        disabled={disabled}
      />
      <NumberField
        id="lf-seed"
        label={m.seed}
        value={settings.seed}
        min={0}
        onChange={(v) => onChange({ seed: v })}
        disabled={disabled}
      />
    </div>
  );
}

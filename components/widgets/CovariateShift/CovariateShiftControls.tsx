import type { z } from 'zod';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { useMessages } from '@/components/site/LocaleProvider';
import type { covariateShiftSpec } from './spec';
import { messages } from './messages';

type Settings = z.infer<typeof covariateShiftSpec.props>;

/** The settings of the three-network run; each change resets it. */
export function CovariateShiftControls({
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
        id="cs-lr"
        label={m.learningRate}
        value={settings.learningRate}
        min={0.01}
        max={1}
        log
        onChange={(v) => onChange({ learningRate: v })}
        disabled={disabled}
      />
      <Slider
        id="cs-noise-mean"
        label={m.noiseMean}
        value={settings.noiseMean}
        min={0}
        max={3}
        step={0.1}
        onChange={(v) => onChange({ noiseMean: v })}
        disabled={disabled}
      />
      <Slider
        id="cs-noise-std"
        label={m.noiseStd}
        value={settings.noiseStd}
        min={0}
        max={3}
        step={0.1}
        onChange={(v) => onChange({ noiseStd: v })}
        disabled={disabled}
      />
      <Select
        id="cs-probe"
        label={m.probedLayer}
        value={String(Math.min(settings.probeLayer, settings.hiddenLayers))}
        options={Array.from({ length: settings.hiddenLayers - 1 }, (_, i) => [
          String(i + 2),
          m.hiddenLayer(i + 2),
        ])}
        onChange={(v) => onChange({ probeLayer: Number(v) })}
        disabled={disabled}
      />
      <Select
        id="cs-batch"
        label={m.batchSize}
        value={String(settings.batchSize)}
        options={['16', '32', '64', '128'].map((v) => [v, v])}
        onChange={(v) => onChange({ batchSize: Number(v) })}
        disabled={disabled}
      />
      <NumberField
        id="cs-seed"
        label={m.seed}
        value={settings.seed}
        min={0}
        onChange={(v) => onChange({ seed: v })}
        disabled={disabled}
      />
    </div>
  );
}

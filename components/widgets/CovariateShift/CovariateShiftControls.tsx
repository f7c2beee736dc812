import type { z } from 'zod';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import type { covariateShiftSpec } from './spec';

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
  return (
    <div className="widget-fields">
      <Slider
        id="cs-lr"
        label="learning rate"
        value={settings.learningRate}
        min={0.01}
        max={1}
        log
        onChange={(v) => onChange({ learningRate: v })}
        disabled={disabled}
      />
      <Slider
        id="cs-noise-mean"
        label="noise mean range ±"
        value={settings.noiseMean}
        min={0}
        max={3}
        step={0.1}
        onChange={(v) => onChange({ noiseMean: v })}
        disabled={disabled}
      />
      <Slider
        id="cs-noise-std"
        label="noise std range"
        value={settings.noiseStd}
        min={0}
        max={3}
        step={0.1}
        onChange={(v) => onChange({ noiseStd: v })}
        disabled={disabled}
      />
      <Select
        id="cs-probe"
        label="probed layer"
        value={String(Math.min(settings.probeLayer, settings.hiddenLayers))}
        options={Array.from({ length: settings.hiddenLayers - 1 }, (_, i) => [
          String(i + 2),
          `hidden layer ${i + 2}`,
        ])}
        onChange={(v) => onChange({ probeLayer: Number(v) })}
        disabled={disabled}
      />
      <Select
        id="cs-batch"
        label="batch size"
        value={String(settings.batchSize)}
        options={['16', '32', '64', '128'].map((v) => [v, v])}
        onChange={(v) => onChange({ batchSize: Number(v) })}
        disabled={disabled}
      />
      <NumberField
        id="cs-seed"
        label="seed"
        value={settings.seed}
        min={0}
        onChange={(v) => onChange({ seed: v })}
        disabled={disabled}
      />
    </div>
  );
}

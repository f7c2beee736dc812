import type { z } from 'zod';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { targetNames, type TargetName } from '@/lib/experiments/biasVariance/targetFunctions';
import { useMessages } from '@/components/site/LocaleProvider';
import type { biasVarianceSpec } from './spec';
import { messages } from './messages';

type Settings = z.infer<typeof biasVarianceSpec.props>;

/** The settings of the bias–variance experiment; each change redraws from the same seed. */
export function BiasVarianceControls({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}) {
  const m = useMessages(messages);
  return (
    <div className="widget-fields">
      <Slider
        id="bv-degree"
        label={m.degreeD}
        value={settings.degree}
        min={0}
        max={Math.min(11, settings.samples - 1)}
        step={1}
        onChange={(v) => onChange({ degree: Math.round(v) })}
      />
      <Slider
        id="bv-noise"
        label={m.noiseSigma}
        value={settings.noise}
        min={0}
        max={1}
        step={0.05}
        onChange={(v) => onChange({ noise: v })}
      />
      <Select
        id="bv-samples"
        label={m.samples}
        value={String(settings.samples)}
        options={['15', '25', '50', '100'].map((v) => [v, v])}
        onChange={(v) =>
          onChange({ samples: Number(v), degree: Math.min(settings.degree, Number(v) - 1) })
        }
      />
      <Select
        id="bv-ridge"
        label={m.ridge}
        value={String(settings.ridge)}
        options={['0', '0.0001', '0.001', '0.01', '0.1', '1'].map((v) => [v, v])}
        onChange={(v) => onChange({ ridge: Number(v) })}
      />
      <Select
        id="bv-target"
        label={m.target}
        value={settings.target}
        options={targetNames.map((n) => [n, m.targets[n]])}
        onChange={(v) => onChange({ target: v as TargetName })}
      />
      <Select
        id="bv-datasets"
        label={m.datasets}
        value={String(settings.datasets)}
        options={['50', '100', '300', '1000'].map((v) => [v, v])}
        onChange={(v) => onChange({ datasets: Number(v) })}
      />
      <NumberField
        id="bv-seed"
        label={m.seed}
        value={settings.seed}
        min={0}
        onChange={(v) => onChange({ seed: v })}
      />
    </div>
  );
}

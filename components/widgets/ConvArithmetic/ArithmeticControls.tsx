import type { z } from 'zod';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { EXAMPLE_KERNELS } from '@/lib/pytorch/conv/exampleKernels';
import { useMessages } from '@/components/site/LocaleProvider';
import type { convArithmeticSpec } from './spec';
import { messages } from './messages';

export type ArithmeticSettings = z.infer<typeof convArithmeticSpec.props>;

/** The layer's arguments; each change restarts the animation. */
export function ArithmeticControls({
  settings,
  onChange,
}: {
  settings: ArithmeticSettings;
  onChange(patch: Partial<ArithmeticSettings>): void;
}) {
  const m = useMessages(messages);
  const transposed = settings.mode === 'transposed';
  const paddingOptions: [string, string][] = [
    ['0', '0'],
    ['1', '1'],
    ['2', '2'],
    ['3', '3'],
    ...(transposed
      ? []
      : ([
          ['same', "'same'"],
          ['valid', "'valid'"],
        ] as [string, string][])),
  ];
  return (
    <div className="widget-fields">
      <Select
        id="ca-mode"
        label={m.layer}
        value={settings.mode}
        options={[
          ['direct', 'Conv2d'],
          ['transposed', 'ConvTranspose2d'],
        ]}
        onChange={(v) => onChange({ mode: v === 'transposed' ? 'transposed' : 'direct' })}
      />
      <Slider
        id="ca-kernel"
        label={m.kernel}
        value={settings.kernel}
        min={1}
        max={5}
        step={1}
        onChange={(v) => onChange({ kernel: v })}
      />
      <Slider
        id="ca-stride"
        label={m.stride}
        value={settings.stride}
        min={1}
        max={3}
        step={1}
        onChange={(v) => onChange({ stride: v })}
      />
      <Select
        id="ca-padding"
        label={m.padding}
        value={String(transposed && typeof settings.padding === 'string' ? 0 : settings.padding)}
        options={paddingOptions}
        onChange={(v) => onChange({ padding: v === 'same' || v === 'valid' ? v : Number(v) })}
      />
      {transposed ? (
        <Slider
          id="ca-output-padding"
          label="output_padding"
          value={settings.outputPadding}
          min={0}
          max={2}
          step={1}
          onChange={(v) => onChange({ outputPadding: v })}
        />
      ) : (
        <Slider
          id="ca-dilation"
          label={m.dilation}
          value={settings.dilation}
          min={1}
          max={3}
          step={1}
          onChange={(v) => onChange({ dilation: v })}
        />
      )}
      <Select
        id="ca-filter"
        label={m.kernelValues}
        value={settings.filter}
        options={EXAMPLE_KERNELS.map((k) => [k, m.filters[k] ?? k])}
        onChange={(v) => onChange({ filter: v })}
      />
      <NumberField
        id="ca-sample"
        label={m.sample}
        value={settings.sample}
        min={0}
        max={1796}
        onChange={(v) => onChange({ sample: v })}
      />
    </div>
  );
}

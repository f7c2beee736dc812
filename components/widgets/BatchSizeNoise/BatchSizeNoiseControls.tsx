import type { z } from 'zod';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { useMessages } from '@/components/site/LocaleProvider';
import type { batchSizeNoiseSpec } from './spec';
import { messages } from './messages';

type Settings = z.infer<typeof batchSizeNoiseSpec.props>;

/** Batch sizes, learning rate, training-set size and seed; each change resets the run. */
export function BatchSizeNoiseControls({
  settings,
  onChange,
  disabled,
}: {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  disabled: boolean;
}) {
  const labels = useMessages(messages);
  const sizes = (list: number[]) => list.map((v) => [String(v), String(v)] as [string, string]);
  return (
    <div className="widget-fields">
      <Select
        id="bsn-small"
        label={labels.smallBatch}
        value={String(settings.smallBatch)}
        options={sizes([2, 4, 8, 16, 32])}
        onChange={(v) => onChange({ smallBatch: Number(v) })}
        disabled={disabled}
      />
      <Select
        id="bsn-large"
        label={labels.largeBatch}
        value={String(settings.largeBatch)}
        options={sizes([64, 128, 256])}
        onChange={(v) => onChange({ largeBatch: Number(v) })}
        disabled={disabled}
      />
      <Slider
        id="bsn-lr"
        label={labels.learningRate}
        value={settings.learningRate}
        min={0.005}
        max={0.5}
        log
        onChange={(v) => onChange({ learningRate: v })}
        disabled={disabled}
      />
      <Select
        id="bsn-train"
        label={labels.trainingDigits}
        value={String(settings.trainSize)}
        options={sizes([150, 300, 600, 1200])}
        onChange={(v) => onChange({ trainSize: Number(v) })}
        disabled={disabled}
      />
      <NumberField
        id="bsn-seed"
        label={labels.seed}
        value={settings.seed}
        min={0}
        onChange={(v) => onChange({ seed: v })}
        disabled={disabled}
      />
    </div>
  );
}

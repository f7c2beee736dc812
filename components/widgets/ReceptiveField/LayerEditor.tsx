'use client';
import { NumberField, Select } from '@/components/widget/fields';
import type { StackLayer } from '@/lib/pytorch/conv/receptiveField';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './ReceptiveField.module.css';

export const MAX_LAYERS = 6;

/** One fieldset per layer: its type, kernel, stride, padding and dilation, and a Remove button. */
export function LayerEditor({
  layers,
  onChange,
}: {
  layers: readonly StackLayer[];
  onChange(layers: StackLayer[]): void;
}) {
  const m = useMessages(messages);
  const update = (i: number, patch: Partial<StackLayer>) =>
    onChange(layers.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <div className={styles.layers}>
      {layers.map((l, i) => (
        <fieldset key={i} className={styles.layer}>
          <legend>{m.layer(i + 1)}</legend>
          <div className={styles.layerFields}>
            <Select
              id={`rf-type-${i}`}
              label={m.type}
              value={l.type}
              options={[
                ['conv', m.convolution],
                ['pool', m.averagePool],
              ]}
              onChange={(v) => update(i, { type: v === 'pool' ? 'pool' : 'conv', dilation: 1 })}
            />
            <NumberField
              id={`rf-k-${i}`}
              label={m.kernel}
              value={l.kernel}
              min={1}
              max={9}
              onChange={(v) => update(i, { kernel: v })}
            />
            <NumberField
              id={`rf-s-${i}`}
              label={m.stride}
              value={l.stride}
              min={1}
              max={4}
              onChange={(v) => update(i, { stride: v })}
            />
            <NumberField
              id={`rf-p-${i}`}
              label={m.padding}
              value={l.padding}
              min={0}
              max={16}
              onChange={(v) => update(i, { padding: v })}
            />
            <NumberField
              id={`rf-d-${i}`}
              label={m.dilation}
              value={l.dilation}
              min={1}
              max={8}
              onChange={(v) => update(i, { dilation: v })}
              disabled={l.type === 'pool'}
            />
            <button
              type="button"
              className={styles.remove}
              onClick={() => onChange(layers.filter((_, j) => j !== i))}
              disabled={layers.length <= 1}
              aria-label={m.removeLayer(i + 1)}
            >
              {m.remove}
            </button>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...layers, { type: 'conv', kernel: 3, stride: 1, padding: 1, dilation: 1 }])
        }
        disabled={layers.length >= MAX_LAYERS}
      >
        {m.addLayer}
      </button>
    </div>
  );
}

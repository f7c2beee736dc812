import { NumberField, Select } from '@/components/widget/fields';
import { SPLITTERS } from './spec';
import type { SplitterSettings } from './makeSplitter';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

const SHUFFLES = new Set(['KFold', 'StratifiedKFold']);
const SEEDED = new Set(['KFold', 'StratifiedKFold', 'ShuffleSplit', 'StratifiedShuffleSplit']);

/** The splitter and the settings it takes; fields a splitter does not take are hidden. */
export function FoldSplitsControls({
  settings: s,
  onChange,
}: {
  settings: SplitterSettings;
  onChange(patch: Partial<SplitterSettings>): void;
}) {
  const m = useMessages(messages);
  const shuffleSplits = s.splitter === 'ShuffleSplit' || s.splitter === 'StratifiedShuffleSplit';
  return (
    <div className="widget-fields">
      <Select
        id="fs-splitter"
        label={m.splitter}
        value={s.splitter}
        options={SPLITTERS.map((v) => [v, v])}
        onChange={(v) => {
          const splitter = v as SplitterSettings['splitter'];
          // shuffle splitters need a seed; the others start from their defaults
          const seeded = splitter === 'ShuffleSplit' || splitter === 'StratifiedShuffleSplit';
          onChange({
            splitter,
            shuffle: false,
            randomState: seeded ? 0 : -1,
            testSize: seeded ? 0.25 : 0,
            maxTrainSize: 0,
            gap: 0,
          });
        }}
      />
      <NumberField
        id="fs-n"
        label={m.samples}
        value={s.samples}
        min={2}
        max={120}
        onChange={(v) => onChange({ samples: v })}
      />
      {s.splitter !== 'LeaveOneOut' && (
        <NumberField
          id="fs-k"
          label="n_splits"
          value={s.nSplits}
          min={0}
          max={30}
          onChange={(v) => onChange({ nSplits: v })}
        />
      )}
      {SHUFFLES.has(s.splitter) && (
        <Select
          id="fs-shuffle"
          label="shuffle"
          value={s.shuffle ? 'True' : 'False'}
          options={[
            ['False', 'False'],
            ['True', 'True'],
          ]}
          onChange={(v) =>
            onChange({
              shuffle: v === 'True',
              randomState: v === 'True' ? Math.max(0, s.randomState) : -1,
            })
          }
        />
      )}
      {SEEDED.has(s.splitter) && (
        <NumberField
          id="fs-seed"
          label="random_state (-1 = None)"
          value={s.randomState}
          min={-1}
          max={99999}
          onChange={(v) => onChange({ randomState: v })}
        />
      )}
      {(shuffleSplits || s.splitter === 'TimeSeriesSplit') && (
        <NumberField
          id="fs-test"
          label={shuffleSplits ? m.testSizeFraction : 'test_size (0 = None)'}
          value={s.testSize}
          min={0}
          max={200}
          step={shuffleSplits ? 0.05 : 1}
          onChange={(v) => onChange({ testSize: v })}
        />
      )}
      {s.splitter === 'TimeSeriesSplit' && (
        <>
          <NumberField
            id="fs-max"
            label="max_train_size (0 = None)"
            value={s.maxTrainSize}
            min={0}
            max={200}
            onChange={(v) => onChange({ maxTrainSize: v })}
          />
          <NumberField
            id="fs-gap"
            label="gap"
            value={s.gap}
            min={0}
            max={100}
            onChange={(v) => onChange({ gap: v })}
          />
        </>
      )}
    </div>
  );
}

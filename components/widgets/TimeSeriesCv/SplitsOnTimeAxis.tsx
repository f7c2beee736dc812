'use client';
import { useMemo, useRef } from 'react';
import { CellGrid, type CellCategory } from '@/components/charts/CellGrid';
import { ChartActions } from '@/components/charts/ChartActions';
import { Select, Slider } from '@/components/widget/fields';
import { foldCells } from '@/lib/experiments/timeSeriesCv/foldCells';
import {
  SCHEMES,
  type CvJob,
  type SchemeName,
} from '@/lib/experiments/timeSeriesCv/timeSeriesCvFolds';
import type { TimeSeriesCvSetup } from '@/lib/experiments/timeSeriesCv/timeSeriesCvSetup';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

const categories = (m: (typeof messages)['en']): CellCategory[] => [
  { key: 'train', label: m.train },
  { key: 'validation', label: m.validation },
  { key: 'test', label: m.test },
  { key: 'mixed', label: m.mixed, color: 'var(--series-4)', pattern: 'solid' },
  { key: 'unused', label: m.unused },
  { key: 'future', label: m.heldOutFuture, color: 'var(--color-muted)', pattern: 'hatch' },
];

/** Participants × days of one fold, coloured by role, with a picker for the scheme and fold. */
export function SplitsOnTimeAxis({
  setup,
  developmentDays,
  job,
  onPick,
}: {
  setup: TimeSeriesCvSetup;
  developmentDays: number;
  job: CvJob;
  onPick(scheme: SchemeName, fold: number): void;
}) {
  const m = useMessages(messages);
  const svgRef = useRef<SVGSVGElement>(null);
  const { layout } = setup.samples;
  const cells = useMemo(
    () => foldCells(layout, job, developmentDays),
    [layout, job, developmentDays],
  );
  const folds = setup.jobs.filter((j) => j.scheme === job.scheme).length;
  const scheme = m.schemes[job.scheme].label;
  const who =
    job.testParticipant === null ? m.everyParticipant : m.participantN(job.testParticipant + 1);
  return (
    <div>
      <div className="widget-fields">
        <Select
          label={m.schemeToDraw}
          value={job.scheme}
          options={SCHEMES.map((s) => [s, m.schemes[s].label])}
          onChange={(v) => onPick(v as SchemeName, 0)}
        />
        {folds > 1 && (
          <Slider
            label={m.foldOf(folds)}
            value={job.fold + 1}
            min={1}
            max={folds}
            step={1}
            onChange={(v) => onPick(job.scheme, v - 1)}
          />
        )}
      </div>
      <CellGrid
        ref={svgRef}
        label={m.gridLabel(scheme, job.fold + 1, folds, who)}
        rows={cells.map((row, p) => ({ label: m.participantN(p + 1), cells: row }))}
        categories={categories(m)}
        xLabel={m.day}
        rowHeight={24}
      />
      <ChartActions svgRef={svgRef} filename={`time-series-cv-${job.scheme}-${job.fold + 1}`} />
    </div>
  );
}

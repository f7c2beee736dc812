'use client';
import { useMemo, useRef } from 'react';
import { CellGrid, type CellCategory } from '@/components/charts/CellGrid';
import { ChartActions } from '@/components/charts/ChartActions';
import { Select, Slider } from '@/components/widget/fields';
import { foldCells } from '@/lib/experiments/timeSeriesCv/foldCells';
import { SCHEME_INFO } from '@/lib/experiments/timeSeriesCv/schemeLabels';
import {
  SCHEMES,
  type CvJob,
  type SchemeName,
} from '@/lib/experiments/timeSeriesCv/timeSeriesCvFolds';
import type { TimeSeriesCvSetup } from '@/lib/experiments/timeSeriesCv/timeSeriesCvSetup';

const CATEGORIES: CellCategory[] = [
  { key: 'train', label: 'train' },
  { key: 'validation', label: 'validation (inner loop)' },
  { key: 'test', label: 'test' },
  { key: 'mixed', label: 'hours in train and test', color: 'var(--series-4)', pattern: 'solid' },
  { key: 'unused', label: 'unused' },
  { key: 'future', label: 'held-out future', color: 'var(--color-muted)', pattern: 'hatch' },
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
  const svgRef = useRef<SVGSVGElement>(null);
  const { layout } = setup.samples;
  const cells = useMemo(
    () => foldCells(layout, job, developmentDays),
    [layout, job, developmentDays],
  );
  const folds = setup.jobs.filter((j) => j.scheme === job.scheme).length;
  const info = SCHEME_INFO[job.scheme];
  const who =
    job.testParticipant === null ? 'every participant' : `participant ${job.testParticipant + 1}`;
  return (
    <div>
      <div className="widget-fields">
        <Select
          label="Scheme to draw"
          value={job.scheme}
          options={SCHEMES.map((s) => [s, SCHEME_INFO[s].label])}
          onChange={(v) => onPick(v as SchemeName, 0)}
        />
        {folds > 1 && (
          <Slider
            label={`Fold (of ${folds})`}
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
        label={`${info.label}, fold ${job.fold + 1} of ${folds}: each participant's days as train, validation or test; testing ${who}`}
        rows={cells.map((row, p) => ({ label: `participant ${p + 1}`, cells: row }))}
        categories={CATEGORIES}
        xLabel="day"
        rowHeight={24}
      />
      <ChartActions svgRef={svgRef} filename={`time-series-cv-${job.scheme}-${job.fold + 1}`} />
    </div>
  );
}

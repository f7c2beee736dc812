'use client';
import { useId, useMemo, useRef, useState } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { Output, formatNumber } from '@/components/widget/Output';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import { useUrlState } from '@/components/widget/useUrlState';
import { numericTable, type NumericTable } from '@/lib/site/numericTable';
import { CsvError } from '@/lib/site/parseCsv';
import { csvCrossValidationConfigFrom } from '@/lib/experiments/csvCrossValidation/csvCrossValidationConfig';
import { t } from '@/lib/site/strings';
import { csvCrossValidationSpec } from './spec';
import { useCsvTable } from './useCsvTable';
import { DELIMITER_NAMES } from '@/lib/site/decodeCsv';
import {
  csvCrossValidationCode,
  EXAMPLE_CSV,
  type CsvFileInfo,
} from '@/lib/experiments/csvCrossValidation/csvCrossValidationCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const SHARED = ['model', 'kFolds', 'neighbours', 'lambda', 'seed'] as const;

/** numpy's mean and std (ddof = 0) of the fold scores. */
function meanSd(xs: number[]) {
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  return { mean, sd: Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length) };
}

export default function CsvCrossValidation(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(csvCrossValidationSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(csvCrossValidationSpec, props, SHARED);
  const csv = useCsvTable();
  const [target, setTarget] = useState<string | null>(null);
  const fileId = useId();
  const barsSvg = useRef<SVGSVGElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const header = csv.loaded?.table.header ?? [];
  const chosenTarget =
    target !== null && header.includes(target) ? target : (header.at(-1) ?? null);
  const prepared = useMemo((): { table: NumericTable } | { problem: string } | null => {
    if (!csv.loaded || chosenTarget === null) return null;
    try {
      return { table: numericTable(csv.loaded.table, chosenTarget) };
    } catch (error) {
      if (error instanceof CsvError) return { problem: `${csv.loaded.name}: ${error.message}` };
      throw error;
    }
  }, [csv.loaded, chosenTarget]);
  const table = prepared && 'table' in prepared ? prepared.table : null;
  const problem = csv.problem ?? (prepared && 'problem' in prepared ? prepared.problem : null);
  const kFolds = table ? Math.min(settings.kFolds, table.n) : settings.kFolds;

  const config = table && csvCrossValidationConfigFrom(settings, table);
  const { state, change, busy, controls, reset } = useTrainingRun(
    csvCrossValidationSpec,
    rootRef,
    config,
    settings.seed,
    setSettings,
  );
  const fileInfo: CsvFileInfo =
    csv.loaded && table && chosenTarget !== null
      ? {
          name: csv.loaded.name,
          encoding: csv.loaded.encoding,
          delimiter: csv.loaded.table.delimiter,
          target: chosenTarget,
          featureNames: table.featureNames,
          task: table.task,
        }
      : EXAMPLE_CSV;
  const scores = state.rows.map((r) => r.score);
  const stats = scores.length ? meanSd(scores) : null;
  const metric = table?.task === 'regression' ? 'R²' : 'accuracy';
  const modelName =
    settings.model === 'knn'
      ? `${settings.neighbours}-nearest neighbours`
      : table?.task === 'classification'
        ? `RidgeClassifier(alpha=${settings.lambda})`
        : `Ridge(alpha=${settings.lambda})`;

  const summary = problem
    ? problem
    : !table
      ? 'No file loaded yet. Choose a CSV file (it is read in this browser and never uploaded) or use the example file.'
      : stats
        ? `${modelName} predicting "${chosenTarget}" from ${table.d} column${table.d === 1 ? '' : 's'} of ${table.n} rows: fold ${metric} ${scores.map((s) => formatNumber(s, 3)).join(', ')}; mean ${formatNumber(stats.mean, 3)} ± ${formatNumber(stats.sd, 2)} over ${scores.length} of ${kFolds} folds.`
        : `${csv.loaded!.name} (${csv.loaded!.encoding}, ${DELIMITER_NAMES[csv.loaded!.table.delimiter]}-separated): ${table.n} rows; "${chosenTarget}" is a ${table.task}${table.task === 'classification' ? ` with ${table.classNames.length} classes` : ''}; features: ${table.featureNames.join(', ')}${table.ignored.length ? ` (text columns left out: ${table.ignored.join(', ')})` : ''}. Press Train to run ${kFolds}-fold cross-validation.`;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={csvCrossValidationSpec}
        description="Load a CSV file with a header row. It is read by this page only and never leaves your browser. Pick the column to predict and a model; every fold is trained and scored in a background thread."
        status={problem ? 'error' : state.status}
        step={state.step}
        backend={state.backend}
        message={problem ?? state.message}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <div className="field">
                <label htmlFor={fileId}>CSV file (at most 5 MB)</label>
                <input
                  id={fileId}
                  type="file"
                  accept=".csv,text/csv,text/plain"
                  disabled={busy || csv.busy}
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (file) {
                      reset();
                      csv.loadFile(file);
                    }
                  }}
                />
              </div>
              {header.length > 0 && (
                <Select
                  label="Column to predict"
                  value={chosenTarget ?? ''}
                  options={header.map((h) => [h, h])}
                  onChange={(v) => {
                    reset();
                    setTarget(v);
                  }}
                  disabled={busy}
                />
              )}
              <Select
                label="Model"
                value={settings.model}
                options={[
                  ['knn', 'K nearest neighbours'],
                  ['ridge', 'Ridge (RidgeClassifier for classes)'],
                ]}
                onChange={(v) => change({ model: v as 'knn' | 'ridge' })}
                disabled={busy}
              />
              <Slider
                label="Folds K"
                value={settings.kFolds}
                min={2}
                max={10}
                step={1}
                onChange={(v) => change({ kFolds: v })}
                disabled={busy}
              />
              {settings.model === 'knn' ? (
                <Slider
                  label="Neighbours"
                  value={settings.neighbours}
                  min={1}
                  max={50}
                  step={1}
                  onChange={(v) => change({ neighbours: v })}
                  disabled={busy}
                />
              ) : (
                <Slider
                  label="Penalty λ"
                  value={Math.max(settings.lambda, 0.001)}
                  min={0.001}
                  max={1000}
                  log
                  onChange={(v) => change({ lambda: v })}
                  disabled={busy}
                />
              )}
              <NumberField
                label={t.seed}
                value={settings.seed}
                min={0}
                onChange={(v) => change({ seed: v })}
                disabled={busy}
              />
            </div>
            <div className="widget-buttons">
              <ControlButton
                unavailable={busy || csv.busy}
                onClick={() => {
                  reset();
                  setTarget(null);
                  csv.loadExample();
                }}
              >
                Use an example file
              </ControlButton>
            </div>
            {table && controls}
          </>
        }
        outputs={
          <>
            <Output name="rows" label="rows" value={table?.n} />
            <Output name="mean-score" label={`mean ${metric}`} value={stats?.mean} digits={3} />
            <Output name="sd-score" label="± sd" value={stats?.sd} digits={2} />
            <Output name="folds-done" label="folds" value={state.rows.length} />
          </>
        }
        footer={
          <DataTable
            caption={`${metric} of each fold`}
            columns={['fold', 'training rows', 'test rows', metric]}
            rows={state.rows.map((r) => [r.fold + 1, r.trainSize, r.testSize, r.score])}
          />
        }
      >
        {scores.length > 0 && (
          <div>
            <BarChart
              ref={barsSvg}
              label={`${metric} of each of the ${kFolds} folds`}
              bars={[
                ...state.rows.map((r) => ({ label: `fold ${r.fold + 1}`, value: r.score })),
                ...(stats ? [{ label: 'mean', value: stats.mean, highlight: true }] : []),
              ]}
              valueLabel={metric}
              format={(v) => formatNumber(v, 3)}
            />
            <ChartActions svgRef={barsSvg} filename="csv-cross-validation" />
          </div>
        )}
        <WidgetCode
          summary="The same in scikit-learn"
          code={csvCrossValidationCode({ ...settings, kFolds }, fileInfo)}
        />
      </WidgetFrame>
    </div>
  );
}

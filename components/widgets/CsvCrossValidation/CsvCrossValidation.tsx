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
import { csvCrossValidationSpec } from './spec';
import { useCsvTable } from './useCsvTable';
import {
  csvCrossValidationCode,
  EXAMPLE_CSV,
  type CsvFileInfo,
} from '@/lib/experiments/csvCrossValidation/csvCrossValidationCode';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { useLocale, useMessages, useT } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import type { LoadProblem } from './useCsvTable';

const SHARED = ['model', 'kFolds', 'neighbours', 'lambda', 'seed'] as const;

/** numpy's mean and std (ddof = 0) of the fold scores. */
function meanSd(xs: number[]) {
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  return { mean, sd: Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length) };
}

export default function CsvCrossValidation(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const t = useT();
  const locale = useLocale();
  const num = (v: number, digits: number) => formatNumber(v, digits, locale);
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
  const prepared = useMemo((): { table: NumericTable } | { problem: LoadProblem } | null => {
    if (!csv.loaded || chosenTarget === null) return null;
    try {
      return { table: numericTable(csv.loaded.table, chosenTarget) };
    } catch (error) {
      if (error instanceof CsvError)
        return { problem: { kind: 'csv', name: csv.loaded.name, problem: error.problem } };
      throw error;
    }
  }, [csv.loaded, chosenTarget]);
  const table = prepared && 'table' in prepared ? prepared.table : null;
  const loadProblem = csv.problem ?? (prepared && 'problem' in prepared ? prepared.problem : null);
  const problem = loadProblem && m.loadProblem(loadProblem);
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
  const metric = table?.task === 'regression' ? 'R²' : m.accuracy;
  const modelName =
    settings.model === 'knn'
      ? m.knnName(settings.neighbours)
      : table?.task === 'classification'
        ? `RidgeClassifier(alpha=${settings.lambda})`
        : `Ridge(alpha=${settings.lambda})`;

  const summary = problem
    ? problem
    : !table
      ? m.noFile
      : stats
        ? m.scores({
            model: modelName,
            target: chosenTarget ?? '',
            columns: table.d,
            rows: table.n,
            metric,
            scores: scores.map((s) => num(s, 3)).join(', '),
            mean: num(stats.mean, 3),
            sd: num(stats.sd, 2),
            done: scores.length,
            folds: kFolds,
          })
        : m.loaded({
            name: csv.loaded!.name,
            encoding: m.encoding(csv.loaded!.encoding),
            delimiter: m.delimiter(csv.loaded!.table.delimiter),
            rows: table.n,
            target: chosenTarget ?? '',
            classes: table.task === 'classification' ? table.classNames.length : null,
            features: table.featureNames.join(', '),
            ignored: table.ignored.join(', '),
            folds: kFolds,
          });

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={csvCrossValidationSpec}
        description={m.description}
        status={problem ? 'error' : state.status}
        step={state.step}
        backend={state.backend}
        message={problem ?? state.message}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <div className="field">
                <label htmlFor={fileId}>{m.csvFile}</label>
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
                  label={m.columnToPredict}
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
                label={m.model}
                value={settings.model}
                options={[
                  ['knn', m.knn],
                  ['ridge', m.ridge],
                ]}
                onChange={(v) => change({ model: v as 'knn' | 'ridge' })}
                disabled={busy}
              />
              <Slider
                label={m.folds}
                value={settings.kFolds}
                min={2}
                max={10}
                step={1}
                onChange={(v) => change({ kFolds: v })}
                disabled={busy}
              />
              {settings.model === 'knn' ? (
                <Slider
                  label={m.neighbours}
                  value={settings.neighbours}
                  min={1}
                  max={50}
                  step={1}
                  onChange={(v) => change({ neighbours: v })}
                  disabled={busy}
                />
              ) : (
                <Slider
                  label={m.penalty}
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
                {m.useExample}
              </ControlButton>
            </div>
            {table && controls}
          </>
        }
        outputs={
          <>
            <Output name="rows" label={m.rows} value={table?.n} />
            <Output name="mean-score" label={m.mean(metric)} value={stats?.mean} digits={3} />
            <Output name="sd-score" label={m.sd} value={stats?.sd} digits={2} />
            <Output name="folds-done" label={m.foldsDone} value={state.rows.length} />
          </>
        }
        footer={
          <DataTable
            caption={m.tableCaption(metric)}
            columns={[m.fold, m.trainingRows, m.testRows, metric]}
            rows={state.rows.map((r) => [r.fold + 1, r.trainSize, r.testSize, r.score])}
          />
        }
      >
        {scores.length > 0 && (
          <div>
            <BarChart
              ref={barsSvg}
              label={m.barsLabel(metric, kFolds)}
              bars={[
                ...state.rows.map((r) => ({ label: m.foldN(r.fold + 1), value: r.score })),
                ...(stats ? [{ label: m.meanBar, value: stats.mean, highlight: true }] : []),
              ]}
              valueLabel={metric}
              format={(v) => num(v, 3)}
            />
            <ChartActions svgRef={barsSvg} filename="csv-cross-validation" />
          </div>
        )}
        <WidgetCode
          summary={m.code}
          code={csvCrossValidationCode({ ...settings, kFolds }, fileInfo)}
        />
      </WidgetFrame>
    </div>
  );
}

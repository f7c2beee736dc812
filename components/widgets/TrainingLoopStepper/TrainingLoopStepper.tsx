'use client';
import { useId, useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import type { trainingLoop } from '@/lib/experiments/trainingLoop/trainingLoop';
import { metricOutput, formatNumber } from '@/components/widget/Output';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import styles from '@/components/torch/torch.module.css';
import { TRAINING_LOOP_LINES } from '@/lib/experiments/trainingLoop/trainingLoopData';
import { trainingLoopConfigFrom } from '@/lib/experiments/trainingLoop/trainingLoopConfig';
import { trainingLoopStepperSpec } from './spec';
import { useLoopSession } from './useLoopSession';
import { trainingLoopCode } from '@/lib/experiments/trainingLoop/trainingLoopCode';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

/** The headline numbers, named after trainingLoop's metrics. */
const MetricOutput = metricOutput<typeof trainingLoop>();

const SHARED = ['learningRate', 'seed', 'skipZeroGrad'] as const;

export default function TrainingLoopStepper(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const locale = useLocale();
  // None is what Python prints for a .grad that does not exist yet.
  const fmt = (v: number | null) => (v === null ? 'None' : formatNumber(v, 5, locale));
  const props = useMemo(() => parseWidgetProps(trainingLoopStepperSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(trainingLoopStepperSpec, props, SHARED);
  const loop = useLoopSession(settings.seed, settings.learningRate);
  const rootRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const toggleId = useId();
  const config = trainingLoopConfigFrom(settings);
  // Step runs the next line of the loop in the page's session; Train, the whole run in the worker.
  const { state, change, busy, controls } = useTrainingRun(
    trainingLoopStepperSpec,
    rootRef,
    config,
    settings.seed,
    setSettings,
    {
      onReset: loop.reset,
      stepper: { step: () => loop.step(settings.skipZeroGrad), stepped: loop.log.length > 0 },
    },
  );

  const current = loop.log.at(-1) ?? loop.initial();
  const points = useMemo(
    () => state.rows.map((r) => ({ x: r.step, y: r.loss })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.rows, state.version],
  );
  const lastRow = state.rows.at(-1);
  const nextLine =
    settings.skipZeroGrad && TRAINING_LOOP_LINES[loop.next] === 'optimizer.zero_grad()'
      ? loop.next + 1
      : loop.next;

  const summary =
    m.stepSummary(
      loop.iteration,
      TRAINING_LOOP_LINES[nextLine],
      loop.log.length ? current.line : m.start,
      m.values(
        fmt(current.weight),
        fmt(current.bias),
        fmt(current.weightGrad),
        fmt(current.biasGrad),
        current.loss !== null ? fmt(current.loss) : null,
      ),
    ) +
    (lastRow
      ? m.runSummary(
          formatNumber(lastRow.loss, 4, locale),
          lastRow.step,
          formatNumber(lastRow.weight, 4, locale),
          formatNumber(lastRow.bias, 4, locale),
        )
      : '');

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={trainingLoopStepperSpec}
        description={m.description}
        status={state.status === 'idle' && loop.log.length ? 'paused' : state.status}
        step={state.step || loop.log.length}
        backend={state.backend}
        message={state.message}
        notice={state.notice}
        summary={summary}
        controls={
          <>
            <div className="field">
              <label htmlFor={toggleId} className="field-check">
                <input
                  id={toggleId}
                  type="checkbox"
                  checked={settings.skipZeroGrad}
                  disabled={busy}
                  onChange={(e) => change({ skipZeroGrad: e.target.checked })}
                />
                {m.skipZeroGrad}
              </label>
            </div>
            {controls}
          </>
        }
        outputs={
          <>
            <MetricOutput name="weight" label="model.weight" value={current.weight} digits={5} />
            <MetricOutput name="bias" label="model.bias" value={current.bias} digits={5} />
            <MetricOutput
              name="weight-grad"
              label="weight.grad"
              value={current.weightGrad}
              digits={5}
            />
            <MetricOutput name="bias-grad" label="bias.grad" value={current.biasGrad} digits={5} />
            <MetricOutput
              name="loss"
              label={lastRow ? m.runLoss : m.loss}
              value={lastRow ? lastRow.loss : current.loss}
            />
          </>
        }
        footer={
          <>
            <DataTable
              caption={m.stepTable}
              columns={[m.iteration, m.line, 'weight', 'bias', 'weight.grad', 'bias.grad', m.loss]}
              rows={loop.log.map((r) => [
                r.iteration,
                r.line,
                r.weight,
                r.bias,
                r.weightGrad,
                r.biasGrad,
                r.loss,
              ])}
            />
            <DataTable
              caption={m.runTable}
              columns={[m.step, m.loss, 'weight', 'bias']}
              rows={state.rows.map((r) => [r.step, r.loss, r.weight, r.bias])}
              summary={m.runData}
            />
          </>
        }
      >
        <WidgetCode code={trainingLoopCode(config)} />
        <div className={styles.code} role="list" aria-label={m.theLoop}>
          {TRAINING_LOOP_LINES.map((line, i) => {
            const skipped = settings.skipZeroGrad && line === 'optimizer.zero_grad()';
            return (
              <span
                key={line}
                role="listitem"
                aria-current={i === nextLine ? 'step' : undefined}
                className={`${styles.codeLine} ${i === nextLine ? styles.codeLineCurrent : ''} ${skipped ? styles.codeLineSkipped : ''}`}
              >
                {line}
              </span>
            );
          })}
        </div>
        {current.output && <pre className={styles.transcript}>{current.output}</pre>}
        <LineChart
          ref={svgRef}
          label={m.lossChart}
          series={[{ id: 'loss', label: m.mseLoss, points }]}
          yScale="log"
          height={220}
          xLabel={m.step}
          yLabel={m.lossAxis}
          markers={
            state.doneReason === 'diverged'
              ? [{ x: state.step, label: m.diverged, tone: 'danger' }]
              : []
          }
        />
        <ChartActions svgRef={svgRef} filename="training-loop-loss" />
      </WidgetFrame>
    </div>
  );
}

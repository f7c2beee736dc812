'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import type { convTypeRace } from '@/lib/experiments/convTypeRace/convTypeRace';
import { metricOutput } from '@/components/widget/Output';
import { useMessages } from '@/components/site/LocaleProvider';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { Select, Slider, NumberField } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import { convTypeRaceConfigFrom } from '@/lib/experiments/convTypeRace/convTypeRaceConfig';
import { convTypeRaceCode } from '@/lib/experiments/convTypeRace/convTypeRaceCode';
import {
  bottleneckWidth,
  raceNetCost,
  raceNets,
} from '@/lib/experiments/convTypeRace/convTypeRaceNets';
import { convTypeRaceSpec } from './spec';
import { RaceTable } from './RaceTable';
import { messages } from './messages';

/** The headline numbers, named after convTypeRace's metrics (and 'step', worked out on the page). */
const MetricOutput = metricOutput<typeof convTypeRace, 'step'>();

type Settings = ReturnType<typeof convTypeRaceSpec.props.parse>;
const SHARED = ['width', 'groups', 'blocks', 'learningRate', 'batchSize', 'seed'] as const;

export default function ConvTypeRace(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const props = useMemo(() => parseWidgetProps(convTypeRaceSpec, rawProps), [rawProps]);
  const [settings, setSettings] = useUrlState(convTypeRaceSpec, props, SHARED);
  const rootRef = useRef<HTMLDivElement>(null);
  const accuracySvg = useRef<SVGSVGElement>(null);

  const config = convTypeRaceConfigFrom(settings);
  const { groups } = config;
  const nets = useMemo(
    () => raceNets({ width: settings.width, groups, blocks: settings.blocks }),
    [settings.width, groups, settings.blocks],
  );
  const costs = useMemo(() => nets.map((n) => raceNetCost(n)), [nets]);
  const sizes = { groups, width: settings.width, squeezed: bottleneckWidth(settings.width) };
  const names = nets.map((n) => m.netName(n.id, sizes));

  const { state, change, busy, controls } = useTrainingRun(
    convTypeRaceSpec,
    rootRef,
    config,
    settings.seed,
    setSettings,
  );

  const evalRows = useMemo(
    () => state.rows.filter((r) => r[`accuracy-${nets[0].id}`] !== undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.rows, state.version],
  );
  const lastEval = evalRows.at(-1);
  const accuracyOf = (id: string) => lastEval?.[`accuracy-${id}`];
  const series = nets.map((n, i) => ({
    id: n.id,
    label: names[i],
    colorIndex: i,
    points: evalRows.map((r) => ({ x: r.step, y: r[`accuracy-${n.id}`] })),
  }));

  const summary = lastEval
    ? m.summaryDone(
        lastEval.step,
        nets
          .map((n, i) => ({ name: names[i], params: costs[i].params, accuracy: accuracyOf(n.id)! }))
          .sort((a, b) => b.accuracy - a.accuracy),
      )
    : m.summaryIdle(
        settings.blocks,
        Math.min(...costs.map((c) => c.params)),
        Math.max(...costs.map((c) => c.params)),
      );

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={convTypeRaceSpec}
        description={m.description}
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="ctr-width"
                label={m.width}
                value={String(settings.width)}
                options={[
                  ['8', '8'],
                  ['16', '16'],
                ]}
                onChange={(v) => change({ width: v === '16' ? 16 : 8 })}
                disabled={busy}
              />
              <Select
                id="ctr-groups"
                label={m.groups}
                value={String(groups)}
                options={[1, 2, 4, 8]
                  .filter((g) => settings.width % g === 0)
                  .map((g) => [String(g), String(g)])}
                onChange={(v) => change({ groups: Number(v) as Settings['groups'] })}
                disabled={busy}
              />
              <Slider
                id="ctr-blocks"
                label={m.blocks}
                value={settings.blocks}
                min={1}
                max={3}
                step={1}
                onChange={(v) => change({ blocks: v })}
                disabled={busy}
              />
              <Slider
                id="ctr-lr"
                label={m.learningRate}
                value={settings.learningRate}
                min={0.001}
                max={0.1}
                log
                onChange={(v) => change({ learningRate: v })}
                disabled={busy}
              />
              <NumberField
                id="ctr-seed"
                label={m.seed}
                value={settings.seed}
                min={0}
                onChange={(v) => change({ seed: v })}
                disabled={busy}
              />
            </div>
            {controls}
          </>
        }
        outputs={
          <>
            {nets.map((n, i) => (
              <MetricOutput
                key={n.id}
                name={`accuracy-${n.id}`}
                label={names[i]}
                value={accuracyOf(n.id)}
                digits={3}
              />
            ))}
            <MetricOutput name="step" label={m.steps} value={state.step} />
          </>
        }
        footer={
          <DataTable
            caption={m.tableCaption(config.evalEvery)}
            columns={[m.step, ...names]}
            rows={evalRows.map((r) => [r.step, ...nets.map((n) => r[`accuracy-${n.id}`])])}
          />
        }
      >
        <div className="widget-charts">
          <div>
            <LineChart
              ref={accuracySvg}
              label={m.chartLabel}
              series={series}
              height={300}
              xLabel={m.step}
              yLabel={m.testAccuracy}
              xDomain={[0, settings.steps]}
              yDomain={[0, 1]}
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: m.diverged, tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={accuracySvg} filename="conv-type-race-accuracy" />
          </div>
          <RaceTable nets={nets} names={names} costs={costs} accuracy={(id) => accuracyOf(id)} />
        </div>
        <WidgetCode code={convTypeRaceCode(config, settings.seed)} />
      </WidgetFrame>
    </div>
  );
}

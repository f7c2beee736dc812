'use client';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { LineChart } from '@/components/charts/LineChart';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame, runFrame } from '@/components/widget/WidgetFrame';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { Select, Slider, NumberField } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { useTrainingRun } from '@/components/widget/useTrainingRun';
import { convTypeRaceConfigFrom } from '@/lib/experiments/convTypeRace/convTypeRaceConfig';
import { convTypeRaceCode } from '@/lib/experiments/convTypeRace/convTypeRaceCode';
import { raceNetCost, raceNets } from '@/lib/experiments/convTypeRace/convTypeRaceNets';
import { convTypeRaceSpec } from './spec';
import { RaceTable } from './RaceTable';

type Settings = ReturnType<typeof convTypeRaceSpec.props.parse>;
const SHARED = ['width', 'groups', 'blocks', 'learningRate', 'batchSize', 'seed'] as const;

export default function ConvTypeRace(rawProps: Record<string, unknown>) {
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
    label: n.label,
    colorIndex: i,
    points: evalRows.map((r) => ({ x: r.step, y: r[`accuracy-${n.id}`] })),
  }));

  const ranked = lastEval
    ? nets.map((n, i) => ({ n, c: costs[i], a: accuracyOf(n.id)! })).sort((a, b) => b.a - a.a)
    : [];
  const summary = lastEval
    ? `After ${lastEval.step} steps, test accuracy: ${ranked.map(({ n, c, a }) => `${n.label} ${formatNumber(a * 100, 3)}% with ${c.params.toLocaleString('en-US')} parameters`).join('; ')}. Chance is 10%.`
    : `Five networks with the same stem and ${settings.blocks} stage${settings.blocks > 1 ? 's' : ''} each; their parameters range from ${Math.min(...costs.map((c) => c.params)).toLocaleString('en-US')} to ${Math.max(...costs.map((c) => c.params)).toLocaleString('en-US')}. Press Train to train all five on the same minibatches.`;

  return (
    <div ref={rootRef} className="widget-slot">
      <WidgetFrame
        spec={convTypeRaceSpec}
        description="Every network has the same 3×3 stem and the same number of 3×3 stages, then a 4×4 average pool and a linear layer. They see the same minibatches of the 8×8 digits; accuracy is on held-out test images."
        {...runFrame(state)}
        summary={summary}
        controls={
          <>
            <div className="widget-fields">
              <Select
                id="ctr-width"
                label="channels per stage"
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
                label="groups g (grouped net)"
                value={String(groups)}
                options={[1, 2, 4, 8]
                  .filter((g) => settings.width % g === 0)
                  .map((g) => [String(g), String(g)])}
                onChange={(v) => change({ groups: Number(v) as Settings['groups'] })}
                disabled={busy}
              />
              <Slider
                id="ctr-blocks"
                label="3×3 stages"
                value={settings.blocks}
                min={1}
                max={3}
                step={1}
                onChange={(v) => change({ blocks: v })}
                disabled={busy}
              />
              <Slider
                id="ctr-lr"
                label="learning rate (Adam)"
                value={settings.learningRate}
                min={0.001}
                max={0.1}
                log
                onChange={(v) => change({ learningRate: v })}
                disabled={busy}
              />
              <NumberField
                id="ctr-seed"
                label="seed"
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
            {nets.map((n) => (
              <Output
                key={n.id}
                name={`accuracy-${n.id}`}
                label={n.label}
                value={accuracyOf(n.id)}
                digits={3}
              />
            ))}
            <Output name="step" label="steps" value={state.step} />
          </>
        }
        footer={
          <DataTable
            caption="Test accuracy of each network, every 10 steps"
            columns={['step', ...nets.map((n) => n.label)]}
            rows={evalRows.map((r) => [r.step, ...nets.map((n) => r[`accuracy-${n.id}`])])}
          />
        }
      >
        <div className="widget-charts">
          <div>
            <LineChart
              ref={accuracySvg}
              label="Test accuracy of the five networks over the training steps"
              series={series}
              height={300}
              xLabel="step"
              yLabel="test accuracy"
              xDomain={[0, settings.steps]}
              yDomain={[0, 1]}
              markers={
                state.doneReason === 'diverged'
                  ? [{ x: state.step, label: 'diverged', tone: 'danger' }]
                  : []
              }
            />
            <ChartActions svgRef={accuracySvg} filename="conv-type-race-accuracy" />
          </div>
          <RaceTable nets={nets} costs={costs} accuracy={(id) => accuracyOf(id)} />
        </div>
        <WidgetCode code={convTypeRaceCode(config, settings.seed)} />
      </WidgetFrame>
    </div>
  );
}

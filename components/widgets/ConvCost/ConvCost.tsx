'use client';
import { useMemo, useRef, useState } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { ControlButton } from '@/components/widget/TrainingControls';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { Output } from '@/components/widget/Output';
import type { CostOutputName } from './costLabels';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import type { RunStatus } from '@/lib/training/client';
import { allConvCosts, type ConvCostInput } from '@/lib/pytorch/conv/costs';
import { groupsError, ratioValue, validGroupCounts } from '@/lib/pytorch/conv/costFormulaTex';
import { formatCompact } from '@/lib/chart/formatCompact';
import { useMessages, useT } from '@/components/site/LocaleProvider';
import { convCostSpec } from './spec';
import { CostTable } from './CostTable';
import { messages } from './messages';
import { convCostCode } from '@/lib/pytorch/widgets/convCostCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const SHARED = ['C', 'M', 'K', 'H', 'W', 'g', 'scale'] as const;
/** The headline numbers, named as the cost table names its outputs. */
const CostOutput = Output<CostOutputName>;
const HEADLINE = new Set<CostOutputName>([
  'params-standard',
  'macs-standard',
  'params-depthwise-separable',
  'ratio-depthwise-separable',
]);

export default function ConvCost(rawProps: Record<string, unknown>) {
  const m = useMessages(messages);
  const t = useT();
  const props = useMemo(() => parseWidgetProps(convCostSpec, rawProps), [rawProps]);
  const [s, set] = useUrlState(convCostSpec, props, SHARED);
  const [runs, setRuns] = useState(0);
  const paramsSvg = useRef<SVGSVGElement>(null);
  const macsSvg = useRef<SVGSVGElement>(null);

  const input: ConvCostInput = { C: s.C, M: s.M, K: s.K, H: s.H, W: s.W, g: s.g };
  const inputKey = JSON.stringify(input);
  const groupsMessage = groupsError(s.C, s.M, s.g);
  const result = useMemo(() => {
    const i: ConvCostInput = JSON.parse(inputKey);
    const costs = allConvCosts(i);
    const ratios = Object.fromEntries(costs.map((c) => [c.type, ratioValue(c.type, i)]));
    return { costs, ratios };
  }, [inputKey, runs]); // eslint-disable-line react-hooks/exhaustive-deps
  // Recomputed on every change (and by Run), so the numbers shown are always current.
  const status: RunStatus = 'done';

  const shown = result.costs.filter((c) => !(c.type === 'grouped' && groupsMessage));
  const byType = Object.fromEntries(result.costs.map((c) => [c.type, c]));
  const std = byType.standard;
  const dws = byType.depthwiseSeparable;
  const bars = (key: 'params' | 'macs') =>
    shown.map((c) => ({
      label: m.typeName(c.type),
      value: c[key],
      colorIndex: 0,
      highlight: c.type === 'standard',
    }));
  const validGroups = validGroupCounts(s.C, s.M);

  const summary = m.summary({
    ...input,
    g: s.g,
    standardParams: std.params,
    standardMacs: std.macs,
    separableParams: dws.params,
    separableMacs: dws.macs,
    separableRatio: dws.ratioToStandard,
    cheapest: m.typeName([...shown].sort((a, b) => a.macs - b.macs)[0].type),
    groupsError: groupsMessage,
  });

  return (
    <WidgetFrame
      spec={convCostSpec}
      description={m.description}
      status={status}
      summary={summary}
      controls={
        <>
          <div className="widget-fields">
            <NumberField
              id="cc-c"
              label={m.inputChannels}
              value={s.C}
              min={1}
              max={1024}
              onChange={(v) => set({ C: v })}
            />
            <NumberField
              id="cc-m"
              label={m.outputChannels}
              value={s.M}
              min={1}
              max={1024}
              onChange={(v) => set({ M: v })}
            />
            <Slider
              id="cc-k"
              label={m.kernel}
              value={s.K}
              min={1}
              max={15}
              step={1}
              onChange={(v) => set({ K: v })}
            />
            <NumberField
              id="cc-h"
              label={m.height}
              value={s.H}
              min={1}
              max={512}
              onChange={(v) => set({ H: v })}
            />
            <NumberField
              id="cc-w"
              label={m.width}
              value={s.W}
              min={1}
              max={512}
              onChange={(v) => set({ W: v })}
            />
            <NumberField
              id="cc-g"
              label={m.groups}
              value={s.g}
              min={1}
              max={1024}
              onChange={(v) => set({ g: v })}
            />
            <Select
              id="cc-scale"
              label={m.barScale}
              value={s.scale}
              options={[
                ['log', m.logarithmic],
                ['linear', m.linear],
              ]}
              onChange={(v) => set({ scale: v === 'linear' ? 'linear' : 'log' })}
            />
          </div>
          {groupsMessage && (
            <p className="widget-message error" role="alert">
              {m.groupsProblem(s.g, groupsMessage, s.C, s.M, validGroups)}
            </p>
          )}
          <div className="widget-buttons">
            <ControlButton
              className="primary"
              unavailable={false}
              onClick={() => setRuns((r) => r + 1)}
            >
              {t.run}
            </ControlButton>
          </div>
        </>
      }
      outputs={
        <>
          <CostOutput name="params-standard" label={m.standardParams} value={std.params} />
          <CostOutput name="macs-standard" label={m.standardMacs} value={std.macs} />
          <CostOutput
            name="params-depthwise-separable"
            label={m.separableParams}
            value={dws.params}
          />
          <CostOutput
            name="ratio-depthwise-separable"
            label={m.separableRatio}
            value={dws.ratioToStandard}
            digits={3}
          />
        </>
      }
      footer={
        <DataTable
          caption={m.tableCaption}
          columns={[m.type, m.parameters, m.macs, m.ratioToStandard]}
          rows={result.costs.map((c) => [
            m.typeName(c.type),
            c.type === 'grouped' && groupsMessage ? null : c.params,
            c.type === 'grouped' && groupsMessage ? null : c.macs,
            c.ratioToStandard,
          ])}
        />
      }
    >
      <div className="widget-charts two">
        <div>
          <BarChart
            ref={paramsSvg}
            label={m.paramsChart}
            title={m.parameters}
            valueLabel={m.paramsAxis(s.scale === 'log')}
            bars={bars('params')}
            scale={s.scale}
            format={formatCompact}
          />
          <ChartActions svgRef={paramsSvg} filename="conv-cost-parameters" />
        </div>
        <div>
          <BarChart
            ref={macsSvg}
            label={m.macsChart}
            title={m.macs}
            valueLabel={m.macsAxis(s.scale === 'log')}
            bars={bars('macs')}
            scale={s.scale}
            format={formatCompact}
          />
          <ChartActions svgRef={macsSvg} filename="conv-cost-macs" />
        </div>
      </div>
      <CostTable
        costs={result.costs}
        input={input}
        ratios={result.ratios}
        groupsMessage={groupsMessage}
        headline={HEADLINE}
      />
      <WidgetCode summary={m.code} code={convCostCode(s)} />
    </WidgetFrame>
  );
}

'use client';
import { useMemo, useRef, useState } from 'react';
import { BarChart } from '@/components/charts/BarChart';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { ControlButton } from '@/components/widget/TrainingControls';
import { NumberField, Select, Slider } from '@/components/widget/fields';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import type { RunStatus } from '@/lib/training/client';
import { allConvCosts, type ConvCostInput } from '@/lib/pytorch/conv/costs';
import { groupsError, ratioValue, validGroupCounts } from '@/lib/pytorch/conv/costFormulaTex';
import { formatCompact } from '@/lib/chart/formatCompact';
import { t } from '@/lib/site/strings';
import { convCostSpec } from './spec';
import { CostTable } from './CostTable';
import { TYPE_LABEL } from './costLabels';
import { convCostCode } from '@/lib/pytorch/widgets/convCostCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const SHARED = ['C', 'M', 'K', 'H', 'W', 'g', 'scale'] as const;
const HEADLINE = new Set([
  'params-standard',
  'macs-standard',
  'params-depthwise-separable',
  'ratio-depthwise-separable',
]);

export default function ConvCost(rawProps: Record<string, unknown>) {
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
      label: TYPE_LABEL[c.type],
      value: c[key],
      colorIndex: 0,
      highlight: c.type === 'standard',
    }));
  const validGroups = validGroupCounts(s.C, s.M);

  const summary =
    `With C = ${s.C} input channels, M = ${s.M} output channels, ${s.K}×${s.K} kernels and a ${s.H}×${s.W} map, ` +
    `a standard convolution has ${formatNumber(std.params)} weights and does ${formatNumber(std.macs)} multiply-accumulates. ` +
    `Depthwise separable needs ${formatNumber(dws.params)} weights and ${formatNumber(dws.macs)} MACs: ` +
    `${formatNumber(dws.ratioToStandard, 3)} of standard, which is 1/${s.M} + 1/${s.K * s.K}. ` +
    `The cheapest is ${TYPE_LABEL[[...shown].sort((a, b) => a.macs - b.macs)[0].type]}.` +
    (groupsMessage
      ? ` Grouped is left out: g = ${s.g} does not divide the channels (${groupsMessage}).`
      : '');

  return (
    <WidgetFrame
      spec={convCostSpec}
      description="Pick the sizes of a layer. Each type's parameters and multiply-accumulates (MACs, biases left out) are counted, and the lecture's formulas are shown with your numbers."
      status={status}
      summary={summary}
      controls={
        <>
          <div className="widget-fields">
            <NumberField
              id="cc-c"
              label="input channels C"
              value={s.C}
              min={1}
              max={1024}
              onChange={(v) => set({ C: v })}
            />
            <NumberField
              id="cc-m"
              label="output channels M"
              value={s.M}
              min={1}
              max={1024}
              onChange={(v) => set({ M: v })}
            />
            <Slider
              id="cc-k"
              label="kernel K"
              value={s.K}
              min={1}
              max={15}
              step={1}
              onChange={(v) => set({ K: v })}
            />
            <NumberField
              id="cc-h"
              label="height H"
              value={s.H}
              min={1}
              max={512}
              onChange={(v) => set({ H: v })}
            />
            <NumberField
              id="cc-w"
              label="width W"
              value={s.W}
              min={1}
              max={512}
              onChange={(v) => set({ W: v })}
            />
            <NumberField
              id="cc-g"
              label="groups g"
              value={s.g}
              min={1}
              max={1024}
              onChange={(v) => set({ g: v })}
            />
            <Select
              id="cc-scale"
              label="bar scale"
              value={s.scale}
              options={[
                ['log', 'logarithmic'],
                ['linear', 'linear'],
              ]}
              onChange={(v) => set({ scale: v === 'linear' ? 'linear' : 'log' })}
            />
          </div>
          {groupsMessage && (
            <p className="widget-message error" role="alert">
              g = {s.g}: {groupsMessage}. Groups that divide both C = {s.C} and M = {s.M}:{' '}
              {validGroups.join(', ')}.
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
          <Output name="params-standard" label="standard: parameters" value={std.params} />
          <Output name="macs-standard" label="standard: MACs" value={std.macs} />
          <Output
            name="params-depthwise-separable"
            label="depthwise separable: parameters"
            value={dws.params}
          />
          <Output
            name="ratio-depthwise-separable"
            label="depthwise separable ÷ standard"
            value={dws.ratioToStandard}
            digits={3}
          />
        </>
      }
      footer={
        <DataTable
          caption="Parameters, MACs and ratio to standard per type"
          columns={['type', 'parameters', 'MACs', 'ratio to standard']}
          rows={result.costs.map((c) => [
            TYPE_LABEL[c.type],
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
            label="Parameters per convolution type"
            title="parameters"
            valueLabel={s.scale === 'log' ? 'parameters (log scale)' : 'parameters'}
            bars={bars('params')}
            scale={s.scale}
            format={formatCompact}
          />
          <ChartActions svgRef={paramsSvg} filename="conv-cost-parameters" />
        </div>
        <div>
          <BarChart
            ref={macsSvg}
            label="Multiply-accumulates per convolution type"
            title="MACs"
            valueLabel={s.scale === 'log' ? 'MACs (log scale)' : 'MACs'}
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
      <WidgetCode summary="The same count in PyTorch" code={convCostCode(s)} />
    </WidgetFrame>
  );
}

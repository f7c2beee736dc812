'use client';
import katex from 'katex';
import { useMemo, useRef } from 'react';
import { ChartActions } from '@/components/charts/ChartActions';
import { DataTable } from '@/components/charts/DataTable';
import { Output, formatNumber } from '@/components/widget/Output';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { NumberField, Select } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { linearDefaultInit } from '@/lib/pytorch/kernels/linearInit';
import { linearInsideSpec } from './spec';
import { histogram, WeightHistogram } from './WeightHistogram';
import { linearRoute, sessionLinear } from './sessionLinear';
import { formatDims } from '@/lib/pytorch/formatShape';
import { linearInsideCode, linearInsideInputShape } from '@/lib/pytorch/widgets/linearInsideCode';
import { WidgetCode } from '@/components/widget/WidgetCode';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './LinearInside.module.css';

const tex = (s: string) => ({
  __html: katex.renderToString(s, { throwOnError: false, displayMode: true }),
});
export default function LinearInside(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(linearInsideSpec, rawProps), [rawProps]);
  const m = useMessages(messages);
  const locale = useLocale();
  const f = (v: number, d = 6) => formatNumber(v, d, locale);
  const signed = (v: number) => (v < 0 ? ` − ${f(-v, 4)}` : ` + ${f(v, 4)}`);
  const [s, set] = useUrlState(linearInsideSpec, props, [
    'inFeatures',
    'outFeatures',
    'bias',
    'seed',
    'inputRank',
  ]);
  const svgRef = useRef<SVGSVGElement>(null);
  // the numbers of the lesson (gain, bounds) from the default-init model, the weights from the session's nn.Linear
  const init = useMemo(
    () => linearDefaultInit(s.inFeatures, s.outFeatures, { bias: s.bias, seed: s.seed }),
    [s.inFeatures, s.outFeatures, s.bias, s.seed],
  );
  const inputShape = linearInsideInputShape(s.inputRank, s.inFeatures);
  const layer = useMemo(
    () => sessionLinear(s.inFeatures, s.outFeatures, s.bias, s.seed, inputShape),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [s.inFeatures, s.outFeatures, s.bias, s.seed, s.inputRank],
  );
  const route = layer.gradFn ? linearRoute(layer.gradFn) : null;
  const bound = init.weightBound ?? 0;
  const bins = useMemo(() => histogram(layer.weight, -bound, bound, 20), [layer, bound]);
  const maxAbs = layer.weight.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

  // y = x Aᵀ + b for x = ones(in_features): y_i = Σ_j A_ij + b_i.
  const rows = Math.min(3, s.outFeatures);
  const shownTerms = Math.min(3, s.inFeatures);
  const worked = Array.from({ length: rows }, (_, i) => {
    const a = layer.weight.slice(i * s.inFeatures, (i + 1) * s.inFeatures);
    const y = a.reduce((t, v) => t + v, 0) + (layer.bias?.[i] ?? 0);
    return { a, y, b: layer.bias?.[i] ?? null };
  });

  const gainTex = `\\text{gain} = \\sqrt{\\tfrac{2}{1 + a^2}} = \\sqrt{\\tfrac{2}{1 + 5}} = ${f(init.gain)}`;
  // One step a line: on one line the formulas are wider than the widget's column on a laptop.
  const boundTex = `\\begin{aligned}\\text{bound} &= \\sqrt{3}\\cdot\\frac{\\text{gain}}{\\sqrt{\\text{fan\\_in}}} \\\\ &= \\sqrt{3}\\cdot\\frac{${f(init.gain)}}{\\sqrt{${init.fanIn}}} \\\\ &= ${f(bound, 8)} = \\frac{1}{\\sqrt{${init.fanIn}}}\\end{aligned}`;
  const biasTex = `\\begin{aligned}${m.biasBoundTex} &= \\frac{1}{\\sqrt{\\text{fan\\_in}}} \\\\ &= ${f(init.biasBound, 8)}\\end{aligned}`;
  const summary = m.summary({
    inFeatures: s.inFeatures,
    outFeatures: s.outFeatures,
    bias: s.bias,
    params: f(init.params),
    seed: s.seed,
    weights: f(layer.weight.length),
    bound: f(bound, 4),
    maxAbs: f(maxAbs, 4),
  });
  const fLinear = m.fLinear(formatDims(inputShape));

  return (
    <WidgetFrame
      spec={linearInsideSpec}
      description={m.description}
      status="done"
      summary={summary}
      controls={
        <div className="widget-fields">
          <NumberField
            id="li-in"
            label="in_features"
            value={s.inFeatures}
            min={1}
            max={1024}
            onChange={(v) => set({ inFeatures: v })}
          />
          <NumberField
            id="li-out"
            label="out_features"
            value={s.outFeatures}
            min={1}
            max={1024}
            onChange={(v) => set({ outFeatures: v })}
          />
          <Select
            id="li-bias"
            label="bias"
            value={String(s.bias)}
            options={[
              ['true', 'True'],
              ['false', 'False'],
            ]}
            onChange={(v) => set({ bias: v === 'true' })}
          />
          <NumberField
            id="li-seed"
            label="torch.manual_seed"
            value={s.seed}
            min={0}
            onChange={(v) => set({ seed: v })}
          />
          <Select
            id="li-rank"
            label={m.inputRank}
            value={String(s.inputRank)}
            options={[1, 2, 3, 4].map((r): [string, string] => [
              String(r),
              m.rankOption(r, JSON.stringify(linearInsideInputShape(r, s.inFeatures))),
            ])}
            onChange={(v) => set({ inputRank: Number(v) })}
          />
        </div>
      }
      outputs={
        <>
          <Output name="weight-bound" label={m.weightBound} value={init.weightBound} digits={6} />
          <Output
            name="bias-bound"
            label={m.biasBound}
            value={s.bias ? init.biasBound : null}
            digits={6}
          />
          <Output name="params" label={m.params} value={init.params} />
        </>
      }
      footer={
        <DataTable
          caption={m.tableCaption}
          columns={m.tableColumns}
          rows={bins.map((b) => [b.lo, b.hi, b.count])}
        />
      }
    >
      <div className="widget-charts two">
        <div>
          <p className={styles.shapes}>
            <code>weight</code>: [{s.outFeatures}, {s.inFeatures}] = {s.outFeatures * s.inFeatures}
            {s.bias ? (
              <>
                , <code>bias</code>: [{s.outFeatures}]
              </>
            ) : (
              <>
                , <code>bias</code>: None
              </>
            )}
            ; fan_in = {init.fanIn}
          </p>
          <div dangerouslySetInnerHTML={tex(gainTex)} className={styles.formula} />
          <div dangerouslySetInnerHTML={tex(boundTex)} className={styles.formula} />
          {s.bias && <div dangerouslySetInnerHTML={tex(biasTex)} className={styles.formula} />}
          <p className={styles.call}>
            {fLinear[0]}
            <strong>F.linear</strong>
            {fLinear[1]}
            {route ? m.route(route.route, s.bias) : ''}
            {layer.call.error ? (
              <span className={styles.error}> → {layer.call.output}</span>
            ) : (
              <>
                {' '}
                → <code>{layer.call.output}</code>, <code>grad_fn=&lt;{layer.gradFn}&gt;</code>
              </>
            )}
            .
            {route && (
              <>
                {' '}
                {m.kernel} <code>{route.kernel}</code>.
              </>
            )}
          </p>
        </div>
        <div>
          <WeightHistogram
            bins={bins}
            bound={bound}
            svgRef={svgRef}
            label={m.histogram(f(bound, 4))}
            xLabel={m.weightValue}
            yLabel={m.weightCount}
          />
          <ChartActions svgRef={svgRef} filename="linear-init-histogram" />
        </div>
      </div>
      <div>
        <p className={styles.workedTitle}>
          <strong>y = xAᵀ + b</strong>
          {m.ones(s.inFeatures)}
        </p>
        <ul className={styles.worked}>
          {worked.map((w, i) => (
            <li key={i}>
              <code>
                y[{i}] ={' '}
                {w.a
                  .slice(0, shownTerms)
                  .map((v, j) => (j === 0 ? f(v, 4) : signed(v)))
                  .join('')}
                {s.inFeatures > shownTerms ? m.moreTerms(s.inFeatures - shownTerms) : ''}
                {w.b !== null ? signed(w.b) : ''} = {f(w.y, 4)}
              </code>
            </li>
          ))}
          {s.outFeatures > rows && <li>{m.moreOutputs(s.outFeatures - rows)}</li>}
        </ul>
      </div>
      <WidgetCode code={linearInsideCode(s)} />
    </WidgetFrame>
  );
}

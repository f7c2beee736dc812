'use client';
import { useMemo, useState } from 'react';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { NumberField, Select } from '@/components/widget/fields';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { useUrlState } from '@/components/widget/useUrlState';
import { addmmShape } from '@/lib/pytorch/linalg/addmmShape';
import { matmulShape } from '@/lib/pytorch/linalg/matmulShape';
import { useMessages, useT } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './MatmulShapes.module.css';
import { matmulShapesSpec } from './spec';
import { MATMUL_PRESETS, parseShape } from './presets';
import { formatDims } from '@/lib/pytorch/formatShape';
import { ResultLine, RuleSteps } from './RuleSteps';
import { pageTf } from '@/components/widget/pageTf';
import { tfMatmulShape } from './tfMatmul';
import { matmulShapesCode } from '@/lib/pytorch/widgets/matmulShapesCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

/** tfjs's result; `error` null: not tried, too many elements. */
type TfResult = { ok: true; shape: number[] } | { ok: false; error: string | null };

function ShapeInput({
  id,
  label,
  value,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  /** what a valid shape looks like, shown while it is not one */
  hint: string;
}) {
  const invalid = parseShape(value) === null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={value}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
      />
      {invalid && <span className={styles.hint}>{hint}</span>}
    </div>
  );
}

export default function MatmulShapes(rawProps: Record<string, unknown>) {
  const props = useMemo(() => parseWidgetProps(matmulShapesSpec, rawProps), [rawProps]);
  const m = useMessages(messages);
  const t = useT();
  const [settings, setSettings] = useUrlState(matmulShapesSpec, props, ['a', 'b', 'bias', 'seed']);
  const [text, setText] = useState({ a: settings.a, b: settings.b, bias: settings.bias });
  const [run, setRun] = useState<{ key: string; result: TfResult } | null>(null);
  const [busy, setBusy] = useState(false);

  const edit = (patch: Partial<typeof text>) => {
    const next = { ...text, ...patch };
    setText(next);
    if (parseShape(next.a) && parseShape(next.b) && parseShape(next.bias)) setSettings(next);
  };
  const a = parseShape(settings.a)!;
  const b = parseShape(settings.b)!;
  const bias = parseShape(settings.bias)!;
  const matmul = useMemo(() => matmulShape(a, b), [settings.a, settings.b]); // eslint-disable-line react-hooks/exhaustive-deps
  const addmm = useMemo(() => addmmShape(bias, a, b), [settings.a, settings.b, settings.bias]); // eslint-disable-line react-hooks/exhaustive-deps
  const key = `${settings.a}|${settings.b}|${settings.seed}`;
  const tfResult = run?.key === key ? run.result : null;
  const elements = a.reduce((p, v) => p * v, 1) + b.reduce((p, v) => p * v, 1);

  const onRun = async () => {
    setBusy(true);
    const tf = await pageTf();
    setRun({
      key,
      result:
        elements > 2_000_000 ? { ok: false, error: null } : tfMatmulShape(tf, a, b, settings.seed),
    });
    setBusy(false);
  };

  const ruleText = matmul.ok ? formatDims(matmul.shape) : `${matmul.errorType}: ${matmul.error}`;
  const call = matmul.call;
  const tfText =
    tfResult && (tfResult.ok ? formatDims(tfResult.shape) : (tfResult.error ?? m.tooManyElements));
  const summary = [
    m.summaryMatmul(formatDims(a), formatDims(b), ruleText, matmul.ok),
    m.summaryAddmm(
      formatDims(bias),
      addmm.ok ? formatDims(addmm.shape) : `${addmm.errorType}: ${addmm.error}`,
    ),
    tfResult ? m.summaryTf(tfText!, tfResult.ok) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const insideCall =
    call &&
    m.insideCall(formatDims(call.left), formatDims(call.right), call.folded, call.transposed);

  return (
    <WidgetFrame
      spec={matmulShapesSpec}
      description={m.description}
      status={busy ? 'running' : tfResult ? 'done' : 'idle'}
      summary={summary}
      controls={
        <>
          <div className="widget-fields">
            <Select
              id="mm-preset"
              label={m.preset}
              value={String(MATMUL_PRESETS.findIndex((p) => p.a === text.a && p.b === text.b))}
              options={[
                ['-1', m.yourOwn],
                ...MATMUL_PRESETS.map((p, i): [string, string] => [String(i), m.presets[p.id]]),
              ]}
              onChange={(v) =>
                Number(v) >= 0 &&
                edit({
                  a: MATMUL_PRESETS[Number(v)].a,
                  b: MATMUL_PRESETS[Number(v)].b,
                  bias: MATMUL_PRESETS[Number(v)].bias,
                })
              }
            />
            <ShapeInput
              id="mm-a"
              label={m.shapeA}
              hint={m.invalidShape}
              value={text.a}
              onChange={(v) => edit({ a: v })}
            />
            <ShapeInput
              id="mm-b"
              label={m.shapeB}
              hint={m.invalidShape}
              value={text.b}
              onChange={(v) => edit({ b: v })}
            />
            <ShapeInput
              id="mm-bias"
              label={m.shapeBias}
              hint={m.invalidShape}
              value={text.bias}
              onChange={(v) => edit({ bias: v })}
            />
            <NumberField
              id="mm-seed"
              label={m.seed}
              value={settings.seed}
              min={0}
              onChange={(v) => setSettings({ seed: v })}
            />
          </div>
          <div className="widget-buttons">
            <ControlButton className="primary" unavailable={busy} onClick={onRun}>
              {t.run}
            </ControlButton>
          </div>
        </>
      }
      outputs={
        <div className="widget-output">
          <span className="widget-output-label" id="result-shape-label">
            torch.matmul(a, b).shape
          </span>
          <output
            name="result-shape"
            aria-labelledby="result-shape-label"
            data-value={matmul.ok ? formatDims(matmul.shape) : 'error'}
          >
            {matmul.ok ? formatDims(matmul.shape) : matmul.errorType}
          </output>
        </div>
      }
    >
      <div className="widget-charts two">
        <section aria-label="torch.matmul">
          <h4 className={styles.heading}>torch.matmul(a, b)</h4>
          <RuleSteps
            steps={matmul.steps.map((s) => ({ ok: s.ok, text: m.ruleStep(s) }))}
            label={m.matmulSteps}
          />
          <ResultLine label={m.pytorch} result={matmul} />
          {call && insideCall && (
            <p className={`${styles.line} ${styles.muted}`}>
              {insideCall[0]}
              <code>{call.kernel}</code>
              {insideCall[1]}
            </p>
          )}
          <p className={styles.line}>
            {m.tfjsLine[0]}
            <code>tf.matMul</code>
            {m.tfjsLine[1]}
            {tfResult ? (
              tfResult.ok ? (
                <code>{tfText}</code>
              ) : (
                <span className={styles.error}>{tfText}</span>
              )
            ) : (
              <span className={styles.muted}>{m.pressRun}</span>
            )}
            {tfResult?.ok &&
              matmul.ok &&
              (formatDims(tfResult.shape) === formatDims(matmul.shape)
                ? m.sameAsRule
                : m.differsFromPyTorch)}
          </p>
        </section>
        <section aria-label="torch.addmm">
          <h4 className={styles.heading}>torch.addmm(bias, a, b)</h4>
          <RuleSteps
            steps={addmm.steps.map((s) => ({ ok: s.ok, text: m.addmmStep(s) }))}
            label={m.addmmSteps}
          />
          <ResultLine label={m.pytorch} result={addmm} />
        </section>
      </div>
      <WidgetCode code={matmulShapesCode(settings)} />
    </WidgetFrame>
  );
}

'use client';
import { useMemo, useState } from 'react';
import { ControlButton } from '@/components/widget/TrainingControls';
import { WidgetFrame } from '@/components/widget/WidgetFrame';
import { parseWidgetProps } from '@/components/widget/useWidgetProps';
import { usePageSession } from '@/components/torch/pageSession';
import styles from '@/components/torch/torch.module.css';
import { renderTranscript } from '@/lib/pytorch/session';
import { replay } from '@/lib/pytorch/testing';
import { copySemanticsTable, type CopySemanticsRow } from '@/lib/pytorch/widgets/copySemantics';
import { copySemanticsSpec } from './spec';
import { copySemanticsCode } from '@/lib/pytorch/widgets/copySemanticsCode';
import { WidgetCode } from '@/components/widget/WidgetCode';

const COLUMNS = [
  ['newObject', 'new object?'],
  ['sharesMemory', 'shares memory with x?'],
  ['requiresGrad', 'requires grad?'],
  ['tracked', 'gradients reach x?'],
] as const;

export default function CopySemantics(rawProps: Record<string, unknown>) {
  useMemo(() => parseWidgetProps(copySemanticsSpec, rawProps), [rawProps]);
  const { store } = usePageSession();
  const [open, setOpen] = useState<number | null>(null);
  const { rows, error } = useMemo((): { rows: CopySemanticsRow[] | null; error: string | null } => {
    try {
      return { rows: copySemanticsTable(), error: null };
    } catch (e) {
      return { rows: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, []);

  const proof = useMemo(() => {
    if (!rows || open === null) return '';
    const statements = rows[open].statements.slice(1);
    const results = replay(...statements);
    return renderTranscript(statements.map((input, i) => ({ input, result: results[i] })));
  }, [rows, open]);

  const yes = (b: boolean) => (b ? 'yes' : 'no');
  const summary = rows
    ? `Run in the engine: ${rows
        .filter((r) => r.sharesMemory)
        .map((r) => r.expression)
        .join(', ')} share memory with x; ${rows
        .filter((r) => !r.sharesMemory)
        .map((r) => r.expression)
        .join(' and ')} copy. Only ${rows
        .filter((r) => !r.newObject)
        .map((r) => r.expression)
        .join(', ')} returns x itself; gradients reach x through ${rows
        .filter((r) => r.tracked)
        .map((r) => r.expression)
        .join(' and ')}.`
    : 'Computing the table by running each statement…';

  return (
    <div className="widget-slot">
      <WidgetFrame
        spec={copySemanticsSpec}
        description="Each row ran y = … on a fresh x in the PyTorch session model. Choose a row to see the statements that prove it and run them in this page's session."
        status={error ? 'error' : rows ? 'done' : 'loading'}
        message={error}
        summary={summary}
      >
        <div className={styles.tableScroll}>
          <table className={styles.table}>
            <caption className="visually-hidden">
              What each expression does, computed by the engine
            </caption>
            <thead>
              <tr>
                <th scope="col">y =</th>
                {COLUMNS.map(([, label]) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows?.map((r, i) => (
                <tr key={r.expression}>
                  <th scope="row">
                    <button
                      type="button"
                      className={`${styles.rowButton} ${open === i ? styles.rowSelected : ''}`}
                      aria-expanded={open === i}
                      onClick={() => setOpen(open === i ? null : i)}
                    >
                      {r.expression}
                    </button>
                  </th>
                  {COLUMNS.map(([key]) => (
                    <td
                      key={key}
                      className={r[key] ? styles.yes : styles.no}
                      data-value={String(r[key])}
                    >
                      {yes(r[key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {rows && open !== null && (
          <div style={{ marginTop: '0.75rem' }}>
            <p className={styles.label}>
              The proof of <code>y = {rows[open].expression}</code>, starting from{' '}
              <code>{rows[open].source}</code>:
            </p>
            <pre className={styles.transcript}>{proof}</pre>
            <div className="widget-buttons">
              <ControlButton
                className="primary"
                unavailable={false}
                onClick={() => void store.run(rows[open].statements.slice(1))}
              >
                Run in session
              </ControlButton>
            </div>
          </div>
        )}
        <WidgetCode summary="The whole table in PyTorch" code={copySemanticsCode()} />
      </WidgetFrame>
    </div>
  );
}

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
import { useMessages } from '@/components/site/LocaleProvider';
import { messages, type CopyQuestion } from './messages';

const COLUMNS: readonly CopyQuestion[] = ['newObject', 'sharesMemory', 'requiresGrad', 'tracked'];

export default function CopySemantics(rawProps: Record<string, unknown>) {
  useMemo(() => parseWidgetProps(copySemanticsSpec, rawProps), [rawProps]);
  const m = useMessages(messages);
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

  const yes = (b: boolean) => (b ? m.yes : m.no);
  const where = (test: (r: CopySemanticsRow) => boolean) =>
    (rows ?? []).filter(test).map((r) => r.expression);
  const summary = rows
    ? m.summary(
        where((r) => r.sharesMemory),
        where((r) => !r.sharesMemory),
        where((r) => !r.newObject),
        where((r) => r.tracked),
      )
    : m.computing;

  return (
    <div className="widget-slot">
      <WidgetFrame
        spec={copySemanticsSpec}
        description={m.description}
        status={error ? 'error' : rows ? 'done' : 'loading'}
        message={error && m.failed(error)}
        summary={summary}
      >
        <div className={styles.tableScroll}>
          <table className={styles.table}>
            <caption className="visually-hidden">{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">y =</th>
                {COLUMNS.map((key) => (
                  <th key={key} scope="col">
                    {m.questions[key]}
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
                  {COLUMNS.map((key) => (
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
          <div className={styles.proof}>
            <p className={styles.label}>
              {m.proof[0]}
              <code>y = {rows[open].expression}</code>
              {m.proof[1]}
              <code>{rows[open].source}</code>
              {m.proof[2]}
            </p>
            <pre className={styles.transcript}>{proof}</pre>
            <div className="widget-buttons">
              <ControlButton
                className="primary"
                unavailable={false}
                onClick={() => void store.run(rows[open].statements.slice(1))}
              >
                {m.runInSession}
              </ControlButton>
            </div>
          </div>
        )}
        <WidgetCode summary={m.wholeTable} code={copySemanticsCode()} />
      </WidgetFrame>
    </div>
  );
}

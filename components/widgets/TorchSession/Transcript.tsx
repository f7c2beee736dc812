import { useEffect, useRef } from 'react';
import type { SessionEntry } from '@/components/torch/pageSession';
import styles from '@/components/torch/torch.module.css';
import { useMessages } from '@/components/site/LocaleProvider';
import { restartNotes } from '@/lib/pytorch/worker/restartNote';

function Input({ input }: { input: string }) {
  const lines = input.replace(/\n+$/, '').split('\n');
  return (
    <>
      {lines.map((l, j) => (
        <div key={j}>
          <span className={styles.prompt} aria-hidden="true">
            {j === 0 ? '>>> ' : '... '}
          </span>
          {l}
        </div>
      ))}
      {lines.length > 1 && <div className={styles.prompt}>... </div>}
    </>
  );
}

/**
 * The session as Python's prompt shows it: `>>>` and `...` lines, warnings as
 * `<stdin>:1: UserWarning: ...`, echoed values, and a traceback ending in the error line.
 * Statements still queued follow, the first marked as running.
 */
export function Transcript({
  entries,
  queued,
  starting,
  label,
  startingLine,
  runningLine,
}: {
  entries: readonly SessionEntry[];
  queued: readonly string[];
  starting: boolean;
  /** the log's accessible name */
  label: string;
  /** what the log shows while the session starts, and under a running statement */
  startingLine: string;
  runningLine: string;
}) {
  const { restartNote } = useMessages(restartNotes);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries.length, queued.length]);
  return (
    <div ref={ref} className={styles.transcript} role="log" aria-label={label} tabIndex={0}>
      {entries.map((e, i) => (
        <div key={i}>
          <Input input={e.input} />
          {e.result.warnings.map((w, j) => (
            <div key={`w${j}`} className={styles.warning}>{`<stdin>:1: ${w}`}</div>
          ))}
          {e.result.output !== null && <div>{e.result.output}</div>}
          {e.result.error && (
            <div className={styles.error}>
              {'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'}
              {e.result.error}
            </div>
          )}
          {e.restart && <div className={styles.status}>{restartNote(e.restart)}</div>}
        </div>
      ))}
      {starting ? (
        <div className={styles.status}>{startingLine}</div>
      ) : (
        queued.map((input, i) => (
          <div key={`q${i}`} aria-busy="true">
            <Input input={input} />
            {i === 0 && <div className={styles.status}>{runningLine}</div>}
          </div>
        ))
      )}
    </div>
  );
}

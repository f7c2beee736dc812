import { useEffect, useRef } from 'react';
import type { SessionEntry } from '@/components/torch/pageSession';
import styles from '@/components/torch/torch.module.css';

/**
 * The session as Python's prompt shows it: `>>>` and `...` lines, warnings as
 * `<stdin>:1: UserWarning: ...`, echoed values, and a traceback ending in the error line.
 */
export function Transcript({
  entries,
  label,
}: {
  entries: readonly SessionEntry[];
  /** the log's accessible name */
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries.length]);
  return (
    <div ref={ref} className={styles.transcript} role="log" aria-label={label} tabIndex={0}>
      {entries.map((e, i) => {
        const lines = e.input.replace(/\n+$/, '').split('\n');
        return (
          <div key={i}>
            {lines.map((l, j) => (
              <div key={j}>
                <span className={styles.prompt} aria-hidden="true">
                  {j === 0 ? '>>> ' : '... '}
                </span>
                {l}
              </div>
            ))}
            {lines.length > 1 && <div className={styles.prompt}>... </div>}
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
          </div>
        );
      })}
    </div>
  );
}

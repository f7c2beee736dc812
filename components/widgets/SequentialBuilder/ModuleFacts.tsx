import type { ReplLine } from '@/lib/pytorch/widgets/replLines';
import styles from './SequentialBuilder.module.css';

/** One REPL exchange: what was typed and what PyTorch would print. */
function Exchange({ input, output, error }: { input: string; output: string; error?: boolean }) {
  return (
    <>
      <span className={styles.prompt}>{'>>> '}</span>
      {input}
      {'\n'}
      <span className={error ? styles.error : styles.printed}>{output}</span>
      {'\n'}
    </>
  );
}

/** What the REPL prints for the built model, as the session ran it (see sessionModel's facts). */
export function ModuleFacts({
  lines,
  label,
}: {
  lines: readonly ReplLine[];
  /** the region's accessible name */
  label: string;
}) {
  return (
    <pre className={`widget-repl ${styles.repl}`} tabIndex={0} role="region" aria-label={label}>
      <code>
        {lines.map((l, i) => (
          <Exchange key={i} {...l} />
        ))}
      </code>
    </pre>
  );
}

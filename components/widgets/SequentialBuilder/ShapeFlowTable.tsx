import type { FlowRow } from './sessionModel';
import styles from './SequentialBuilder.module.css';

/** The input's shape entering each child of the Sequential and what leaves it, as the session printed them. */
export function ShapeFlowTable({
  rows,
  caption,
  columns,
}: {
  rows: readonly FlowRow[];
  caption: string;
  /** headers of the child, its input shape and its output shape */
  columns: readonly [string, string, string];
}) {
  return (
    <div className={styles.flow}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">
                <code>
                  ({r.name}): {r.repr}
                </code>
              </th>
              <td className={styles.nowrap}>
                <code>{r.input}</code>
              </td>
              <td className={r.error ? `${styles.output} ${styles.error}` : styles.output}>
                {r.output ? <code className={styles.nowrap}>{r.output}</code> : (r.error ?? '')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

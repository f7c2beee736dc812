import type { FlowRow } from './sessionModel';

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
    <div style={{ overflowX: 'auto' }}>
      <table style={{ width: '100%', fontSize: '0.9em' }}>
        <caption style={{ textAlign: 'left' }}>{caption}</caption>
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
              <th scope="row" style={{ fontWeight: 400, textAlign: 'left' }}>
                <code>
                  ({r.name}): {r.repr}
                </code>
              </th>
              <td style={{ whiteSpace: 'nowrap' }}>
                <code>{r.input}</code>
              </td>
              <td
                style={{
                  color: r.error ? 'var(--color-danger)' : undefined,
                  overflowWrap: 'anywhere',
                }}
              >
                {r.output ? (
                  <code style={{ whiteSpace: 'nowrap' }}>{r.output}</code>
                ) : (
                  (r.error ?? '')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { failureLine } from '@/lib/torch/errors';
import type { ShapeFlowRow } from '@/lib/torch/nn';
import { formatDims } from '@/lib/torch/formatShape';

/** The input's shape entering each child of the Sequential and what leaves it. */
export function ShapeFlowTable({ rows, input }: { rows: readonly ShapeFlowRow[]; input: readonly number[] }) {
  return (
    <div style={{ overflowX: 'auto' }}>
    <table style={{ width: '100%', fontSize: '0.9em' }}>
      <caption style={{ textAlign: 'left' }}>Shapes through forward for an input of {formatDims(input)}</caption>
      <thead>
        <tr><th scope="col">child</th><th scope="col">in</th><th scope="col">out</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row" style={{ fontWeight: 400, textAlign: 'left' }}><code>({r.name}): {r.repr.split('\n')[0]}</code></th>
            <td style={{ whiteSpace: 'nowrap' }}><code>{formatDims(r.input)}</code></td>
            <td style={{ color: r.error ? 'var(--color-danger)' : undefined, overflowWrap: 'anywhere' }}>
              {r.output ? <code style={{ whiteSpace: 'nowrap' }}>{formatDims(r.output)}</code> : r.error ? failureLine(r.error) : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

import type { ReceptiveFieldRow } from '@/lib/pytorch/conv/receptiveField';
import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './ReceptiveField.module.css';

/** The per-layer table: what each layer does to the map size, the jump and the receptive field. */
export function LayerTable({
  rows,
  inputHW,
}: {
  rows: readonly ReceptiveFieldRow[];
  inputHW: readonly [number, number];
}) {
  const m = useMessages(messages);
  return (
    <div className={styles.table} tabIndex={0} role="region" aria-label={m.tableRegion}>
      <table>
        <caption>{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.layerColumn}</th>
            <th scope="col">k, s, p, d</th>
            <th scope="col">{m.outputSize}</th>
            <th scope="col">{m.jump}</th>
            <th scope="col">{m.receptiveField}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{m.input}</th>
            <td>–</td>
            <td>
              {inputHW[0]}×{inputHW[1]}
            </td>
            <td>1</td>
            <td>1</td>
          </tr>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">
                {i + 1}. {r.layer.type === 'conv' ? m.conv : m.pool}
              </th>
              <td>
                {r.layer.kernel}, {r.layer.stride}, {r.layer.padding},{' '}
                {r.layer.type === 'conv' ? r.layer.dilation : 1}
              </td>
              <td>
                {r.outputHW[0]}×{r.outputHW[1]}
              </td>
              <td>{r.jump}</td>
              <td>
                {r.rfSize}×{r.rfSize}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

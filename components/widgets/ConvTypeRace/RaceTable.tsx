import { formatNumber } from '@/components/widget/Output';
import type { RaceNet, RaceNetCost } from '@/lib/experiments/convTypeRace/convTypeRaceNets';
import styles from './ConvTypeRace.module.css';

/** Parameters and MACs (from lib/conv, PyTorch's rules) beside each network's latest test accuracy. */
export function RaceTable({
  nets,
  costs,
  accuracy,
}: {
  nets: readonly RaceNet[];
  costs: readonly RaceNetCost[];
  accuracy(id: string): number | undefined;
}) {
  const standard = costs[0];
  return (
    <div
      className={styles.table}
      tabIndex={0}
      role="region"
      aria-label="Cost and accuracy of each network"
    >
      <table>
        <caption>Cost per 8×8 image and latest test accuracy</caption>
        <thead>
          <tr>
            <th scope="col">network</th>
            <th scope="col">parameters</th>
            <th scope="col">÷ standard</th>
            <th scope="col">MACs</th>
            <th scope="col">test accuracy</th>
          </tr>
        </thead>
        <tbody>
          {nets.map((n, i) => {
            const a = accuracy(n.id);
            return (
              <tr key={n.id}>
                <th scope="row">
                  <span
                    className={styles.swatch}
                    style={{ background: `var(--series-${(i % 6) + 1})` }}
                    aria-hidden="true"
                  />
                  {n.label}
                </th>
                <td>{costs[i].params.toLocaleString('en-US')}</td>
                <td>{formatNumber(costs[i].params / standard.params, 2)}</td>
                <td>{costs[i].macs.toLocaleString('en-US')}</td>
                <td>{a === undefined ? '–' : `${formatNumber(a * 100, 3)}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { formatNumber } from '@/components/widget/Output';
import type { RaceNet, RaceNetCost } from '@/lib/experiments/convTypeRace/convTypeRaceNets';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './ConvTypeRace.module.css';

/** Parameters and MACs (from lib/conv, PyTorch's rules) beside each network's latest test accuracy. */
export function RaceTable({
  nets,
  names,
  costs,
  accuracy,
}: {
  nets: readonly RaceNet[];
  /** Each network's name in the page's language. */
  names: readonly string[];
  costs: readonly RaceNetCost[];
  accuracy(id: string): number | undefined;
}) {
  const m = useMessages(messages);
  const locale = useLocale();
  const standard = costs[0];
  return (
    <div className={styles.table} tabIndex={0} role="region" aria-label={m.costRegion}>
      <table>
        <caption>{m.costCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.network}</th>
            <th scope="col">{m.parameters}</th>
            <th scope="col">{m.perStandard}</th>
            <th scope="col">{m.macs}</th>
            <th scope="col">{m.testAccuracy}</th>
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
                  {names[i]}
                </th>
                <td>{formatNumber(costs[i].params, 4, locale)}</td>
                <td>{formatNumber(costs[i].params / standard.params, 2, locale)}</td>
                <td>{formatNumber(costs[i].macs, 4, locale)}</td>
                <td>{a === undefined ? '–' : `${formatNumber(a * 100, 3, locale)}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

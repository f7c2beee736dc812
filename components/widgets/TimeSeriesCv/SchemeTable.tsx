import { formatNumber } from '@/components/widget/Output';
import { SCHEME_INFO } from '@/lib/experiments/timeSeriesCv/schemeInfo';
import { SCHEMES } from '@/lib/experiments/timeSeriesCv/timeSeriesCvFolds';
import styles from './TimeSeriesCv.module.css';
import { useLocale, useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

export interface SchemeEstimate {
  splits: number;
  done: number;
  meanMse: number | null;
}

/** The lecture's comparison table, with every split count counted from the folds of the data shown. */
export function SchemeTable({
  estimates,
  p,
  d,
  k,
}: {
  estimates: SchemeEstimate[];
  p: number;
  d: number;
  k: number;
}) {
  const m = useMessages(messages);
  const locale = useLocale();
  const values: Record<string, number> = { K: k, p, d };
  const splits = (formula: string, count: number) => {
    if (!/[Kpd]/.test(formula)) return String(count);
    const substituted = formula.replace(/[Kpd]/g, (v) => String(values[v]));
    return substituted === String(count)
      ? `${formula} = ${count}`
      : `${formula} = ${substituted} = ${count}`;
  };
  return (
    <div className={styles.tableWrap}>
      <p className={styles.caption}>{m.tableCaption(p, d)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.scheme}</th>
            <th scope="col">{m.splits}</th>
            <th scope="col">{m.meanTestMse}</th>
          </tr>
        </thead>
        <tbody>
          {SCHEMES.map((s, i) => {
            const e = estimates[i];
            return (
              <tr key={s} className={s === 'future' ? styles.truth : undefined}>
                <th scope="row">{m.schemes[s].label}</th>
                <td>{splits(SCHEME_INFO[s].splits, e.splits)}</td>
                <td>
                  {e.meanMse === null ? '–' : formatNumber(e.meanMse, 3, locale)}
                  {e.done > 0 && e.done < e.splits ? m.doneOf(e.done, e.splits) : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import styles from './TimeSeriesCv.module.css';
import { formatNumber } from '@/components/widget/Output';
import { SCHEME_INFO } from '@/lib/timeseries/schemeLabels';
import { SCHEMES } from '@/lib/timeseries/timeSeriesCvFolds';

export interface SchemeEstimate {
  splits: number;
  done: number;
  meanMse: number | null;
}

/** The lecture's comparison table, with every split count counted from the folds of the data shown. */
export function SchemeTable({ estimates, p, d, k }: { estimates: SchemeEstimate[]; p: number; d: number; k: number }) {
  const values: Record<string, number> = { K: k, p, d };
  const substitute = (formula: string) => formula.replace(/[Kpd]/g, (v) => String(values[v]));
  return (
    <div className={styles.tableWrap}>
      <table>
        <caption>Splits of each scheme for p = {p} participants and d = {d} development days, and the mean test error over its folds</caption>
        <thead>
          <tr><th scope="col">scheme</th><th scope="col">splits</th><th scope="col">count</th><th scope="col">folds fitted</th><th scope="col">mean test MSE</th></tr>
        </thead>
        <tbody>
          {SCHEMES.map((s, i) => (
            <tr key={s} className={s === 'future' ? styles.truth : undefined}>
              <th scope="row">{SCHEME_INFO[s].label}</th>
              <td>{SCHEME_INFO[s].splits}{/[Kpd]/.test(SCHEME_INFO[s].splits) ? ` = ${substitute(SCHEME_INFO[s].splits)}` : ''}</td>
              <td>{estimates[i].splits}</td>
              <td>{estimates[i].done}</td>
              <td>{estimates[i].meanMse === null ? '–' : formatNumber(estimates[i].meanMse, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

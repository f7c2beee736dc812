import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';
import styles from './BiasVariance.module.css';

/** The fan plot's key, as HTML so it wraps on a phone. */
export function FanLegend({ shown, total }: { shown: number; total: number }) {
  const m = useMessages(messages);
  const item = (color: string, text: string, dashed = false, width = 2) => (
    <span className={styles.key}>
      <svg width="22" height="10" aria-hidden="true">
        <line
          x1="1"
          x2="21"
          y1="5"
          y2="5"
          stroke={color}
          strokeWidth={width}
          strokeDasharray={dashed ? '5 3' : undefined}
        />
      </svg>
      {text}
    </span>
  );
  return (
    <p className={styles.legend}>
      {item('var(--series-1)', m.fits(shown, total), false, 1)}
      {item('var(--series-2)', m.meanFit, false, 3)}
      {item('var(--color-fg)', m.trueF, true)}
      <span className={styles.key}>
        <svg width="12" height="10" aria-hidden="true">
          <circle cx="6" cy="5" r="3" fill="var(--series-3)" />
        </svg>
        {m.oneSet}
      </span>
    </p>
  );
}

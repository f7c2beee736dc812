import { useMessages } from '@/components/site/LocaleProvider';
import { messages } from './messages';

const LEGEND = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25rem 1rem',
  fontSize: '0.85rem',
  color: 'var(--color-muted)',
  margin: '0 0 0.25rem',
} as const;
const KEY = { display: 'inline-flex', alignItems: 'center', gap: '0.3rem' } as const;

/** The fan plot's key, as HTML so it wraps on a phone. */
export function FanLegend({ shown, total }: { shown: number; total: number }) {
  const m = useMessages(messages);
  const item = (color: string, text: string, dashed = false, width = 2) => (
    <span style={KEY}>
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
    <p style={LEGEND}>
      {item('var(--series-1)', m.fits(shown, total), false, 1)}
      {item('var(--series-2)', m.meanFit, false, 3)}
      {item('var(--color-fg)', m.trueF, true)}
      <span style={KEY}>
        <svg width="12" height="10" aria-hidden="true">
          <circle cx="6" cy="5" r="3" fill="var(--series-3)" />
        </svg>
        {m.oneSet}
      </span>
    </p>
  );
}

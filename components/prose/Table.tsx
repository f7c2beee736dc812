import { strings, type Locale } from '@/lib/site/strings';

/**
 * Tables scroll sideways inside their own region on narrow screens; the
 * region is focusable so keyboard readers can scroll it too.
 */
export function Table({
  label,
  locale = 'en',
  ...props
}: React.ComponentProps<'table'> & { label?: string; locale?: Locale }) {
  return (
    <div
      className="table-wrap"
      role="region"
      aria-label={label ?? strings(locale).prose.table}
      tabIndex={0}
    >
      <table {...props} />
    </div>
  );
}

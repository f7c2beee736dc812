/**
 * Tables scroll sideways inside their own region on narrow screens; the
 * region is focusable so keyboard readers can scroll it too.
 */
export function Table({
  label = 'Table',
  ...props
}: React.ComponentProps<'table'> & { label?: string }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table {...props} />
    </div>
  );
}

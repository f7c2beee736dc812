import type { ReplLine } from '@/lib/pytorch/widgets/replLines';

/** One REPL exchange: what was typed and what PyTorch would print. */
function Exchange({ input, output, error }: { input: string; output: string; error?: boolean }) {
  return (
    <>
      <span style={{ color: 'var(--color-muted)' }}>{'>>> '}</span>
      {input}
      {'\n'}
      <span style={{ color: error ? 'var(--color-danger)' : 'var(--color-fg)' }}>{output}</span>
      {'\n'}
    </>
  );
}

/** What the REPL prints for the built model, as the session ran it (see sessionModel's facts). */
export function ModuleFacts({
  lines,
  label,
}: {
  lines: readonly ReplLine[];
  /** the region's accessible name */
  label: string;
}) {
  return (
    <pre
      className="widget-repl"
      tabIndex={0}
      role="region"
      aria-label={label}
      style={{ overflowX: 'auto', fontSize: '0.85em', margin: 0 }}
    >
      <code>
        {lines.map((l, i) => (
          <Exchange key={i} {...l} />
        ))}
      </code>
    </pre>
  );
}

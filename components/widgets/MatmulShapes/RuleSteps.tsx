import { formatTorchSize } from '@/lib/pytorch/formatShape';

/** The steps of a shape rule as an ordered list; a failed step is marked and ends the list. */
export function RuleSteps({
  steps,
  label,
}: {
  steps: readonly { ok: boolean; text: string }[];
  label: string;
}) {
  return (
    <ol aria-label={label} style={{ margin: '0.25rem 0 0.5rem', paddingLeft: '1.4rem' }}>
      {steps.map((s, i) => (
        <li key={i} style={{ color: s.ok ? 'var(--color-fg)' : 'var(--color-danger)' }}>
          {s.ok ? '' : '✗ '}
          {s.text}
        </li>
      ))}
    </ol>
  );
}

/** A result line: the shape in code, or the Python error line in the danger colour. */
export function ResultLine({
  label,
  result,
}: {
  label: string;
  result: { ok: true; shape: number[] } | { ok: false; errorType: string; error: string };
}) {
  return (
    <p style={{ margin: '0.25rem 0' }}>
      {label}{' '}
      {result.ok ? (
        <code>{formatTorchSize(result.shape)}</code>
      ) : (
        <code
          style={{ color: 'var(--color-danger)', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >{`${result.errorType}: ${result.error}`}</code>
      )}
    </p>
  );
}

import { formatTorchSize } from '@/lib/pytorch/formatShape';
import styles from './MatmulShapes.module.css';

/** The steps of a shape rule as an ordered list; a failed step is marked and ends the list. */
export function RuleSteps({
  steps,
  label,
}: {
  steps: readonly { ok: boolean; text: string }[];
  label: string;
}) {
  return (
    <ol aria-label={label} className={styles.steps}>
      {steps.map((s, i) => (
        <li key={i} className={s.ok ? styles.step : styles.failedStep}>
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
    <p className={styles.line}>
      {label}{' '}
      {result.ok ? (
        <code>{formatTorchSize(result.shape)}</code>
      ) : (
        <code className={styles.errorCode}>{`${result.errorType}: ${result.error}`}</code>
      )}
    </p>
  );
}

import type { z } from 'zod';
import { strings, type Locale } from '@/lib/site/strings';
import type { checkYourselfSpec, questionSpec } from './proseSpecs';

/** The questions that close a lesson: each answer sits behind a click, nothing is graded or stored. */
export function CheckYourself({
  title,
  children,
  locale = 'en',
}: z.input<typeof checkYourselfSpec.props> & { children?: React.ReactNode; locale?: Locale }) {
  const heading = title ?? strings(locale).prose.checkYourself;
  return (
    <section className="aside check-yourself" data-kind="tip" aria-label={heading}>
      <strong className="aside-title">{heading}</strong>
      {children}
    </section>
  );
}

export function Question({
  q,
  children,
}: z.input<typeof questionSpec.props> & { children?: React.ReactNode }) {
  return (
    <details className="question">
      <summary>{q}</summary>
      <div className="answer">{children}</div>
    </details>
  );
}

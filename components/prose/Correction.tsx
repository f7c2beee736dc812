import type { z } from 'zod';
import { strings, type Locale } from '@/lib/site/strings';
import type { correctionSpec } from './proseSpecs';

/** A slip in the lecture notes: what the notes say, struck through, then the correct version. */
export function Correction({
  notes,
  title,
  children,
  locale = 'en',
}: z.input<typeof correctionSpec.props> & { children?: React.ReactNode; locale?: Locale }) {
  const t = strings(locale).prose;
  const heading = title ?? t.correctionTitle;
  return (
    <aside className="correction" aria-label={heading}>
      <strong className="aside-title">{heading}</strong>
      <p className="notes-said">
        {t.notesSay} <s>{notes}</s>
      </p>
      {children}
    </aside>
  );
}

import type { z } from 'zod';
import type { correctionSpec } from './proseSpecs';

/** A slip in the lecture notes: what the notes say, struck through, then the correct version. */
export function Correction({
  notes,
  title = 'A correction to the notes',
  children,
}: z.input<typeof correctionSpec.props> & { children?: React.ReactNode }) {
  return (
    <aside className="correction" aria-label={title}>
      <strong className="aside-title">{title}</strong>
      <p className="notes-said">
        The notes say: <s>{notes}</s>
      </p>
      {children}
    </aside>
  );
}

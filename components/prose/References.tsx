import type { z } from 'zod';
import type { referencesSpec } from './proseSpecs';

export function References({
  title = 'References',
  children,
}: z.input<typeof referencesSpec.props> & { children?: React.ReactNode }) {
  return (
    <section className="references" aria-label={title}>
      <h2 id="references">{title}</h2>
      {children}
    </section>
  );
}

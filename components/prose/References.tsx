import type { z } from 'zod';
import type { referencesSpec } from './proseSpecs';

/**
 * A lesson's reference list under its own `h2`. `previewLevel` is not an MDX prop: the authoring
 * guide shows the component inside its reference entry, a level below that entry's heading.
 */
export function References({
  title = 'References',
  children,
  previewLevel,
}: z.input<typeof referencesSpec.props> & {
  children?: React.ReactNode;
  previewLevel?: 5;
}) {
  const Heading = previewLevel ? 'h5' : 'h2';
  return (
    <section className="references" aria-label={title}>
      <Heading id={previewLevel ? undefined : 'references'}>{title}</Heading>
      {children}
    </section>
  );
}

import type { z } from 'zod';
import { strings, type Locale } from '@/lib/site/strings';
import type { referencesSpec } from './proseSpecs';

/**
 * A lesson's reference list under its own `h2`. `previewLevel` is not an MDX prop: the authoring
 * guide shows the component inside its reference entry, a level below that entry's heading.
 */
export function References({
  title,
  children,
  previewLevel,
  locale = 'en',
}: z.input<typeof referencesSpec.props> & {
  children?: React.ReactNode;
  previewLevel?: 5;
  locale?: Locale;
}) {
  const Heading = previewLevel ? 'h5' : 'h2';
  const heading = title ?? strings(locale).prose.references;
  return (
    <section className="references" aria-label={heading}>
      <Heading id={previewLevel ? undefined : 'references'}>{heading}</Heading>
      {children}
    </section>
  );
}

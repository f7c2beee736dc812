import type { z } from 'zod';
import { strings, type Locale } from '@/lib/site/strings';
import type { asideSpec } from './proseSpecs';

/** A boxed side note; without a title it is headed by its kind, in the page's language. */
export function Aside({
  kind = 'note',
  title,
  children,
  locale = 'en',
}: z.input<typeof asideSpec.props> & { children?: React.ReactNode; locale?: Locale }) {
  const heading = title ?? strings(locale).prose.aside[kind];
  return (
    <aside className="aside" data-kind={kind} aria-label={heading}>
      <strong className="aside-title">{heading}</strong>
      {children}
    </aside>
  );
}

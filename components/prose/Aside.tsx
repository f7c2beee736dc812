import type { z } from 'zod';
import type { asideSpec } from './proseSpecs';

const labels = {
  note: 'Note',
  tip: 'Tip',
  warning: 'Watch out',
  'deep-dive': 'Going deeper',
} as const;

export function Aside({
  kind = 'note',
  title,
  children,
}: z.input<typeof asideSpec.props> & { children?: React.ReactNode }) {
  return (
    <aside className="aside" data-kind={kind} aria-label={title ?? labels[kind]}>
      <strong className="aside-title">{title ?? labels[kind]}</strong>
      {children}
    </aside>
  );
}

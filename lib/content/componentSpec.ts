import type { z } from 'zod';

/**
 * What the content check reads of a component an MDX lesson may use by name:
 * the pure part of its declaration. The declarations themselves live beside
 * their views (`components/widgets/<Name>/spec.ts`, `components/prose/proseSpecs.ts`)
 * and reach the check as an argument (`CheckContext.components`, filled by
 * `scripts/checkContent.ts` from `components/widgets/specs.ts`): `lib/` never
 * imports `components/`, and a widget stays declared in exactly one file.
 * The props schema is the single source of truth: the content checker
 * validates MDX against it, the widget parses its props with it, and the
 * authoring guide renders its props table from it.
 */
export interface ComponentSpec<S extends z.ZodObject = z.ZodObject> {
  /** The name written in MDX, e.g. `LinearFit`. */
  name: string;
  /** `widget` runs a computation; `prose` is a text component (Aside, Figure, ...). */
  kind: 'widget' | 'prose';
  /** One sentence for the authoring guide. */
  summary: string;
  /** Props schema; each field carries a `.describe()` text and, where it has one, a default. */
  props: S;
  /** An MDX snippet that uses the component, shown and rendered in the authoring guide. */
  example: string;
}

export function defineComponent<S extends z.ZodObject>(spec: ComponentSpec<S>): ComponentSpec<S> {
  return spec;
}

import type { z } from 'zod';

/**
 * What the site knows about a component an MDX lesson may use by name.
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

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
  /** The Korean edition's text of the component: the Korean guide shows these. */
  ko: ComponentTextKo<S>;
}

/**
 * A component's text in the Korean authoring guide: its summary, one description per prop (every
 * prop of the schema, so a new prop without a Korean description is a type error) and, where the
 * English example shows prose, an example with Korean prose (same props otherwise).
 */
export interface ComponentTextKo<S extends z.ZodObject = z.ZodObject> {
  summary: string;
  props: { [K in keyof S['shape']]: string };
  example?: string;
  /** Where a prop's default is English text the component words per edition: the Korean one. */
  defaults?: { [K in keyof S['shape']]?: string };
}

/** What the guide shows of a component in a language. */
export function componentText(
  spec: ComponentSpec,
  locale: 'en' | 'ko',
): {
  summary: string;
  example: string;
  describe(prop: string, english: string): string;
  defaultOf(prop: string, english: string | undefined): string | undefined;
} {
  const ko = locale === 'ko' ? spec.ko : undefined;
  if (!ko)
    return {
      summary: spec.summary,
      example: spec.example,
      describe: (_, english) => english,
      defaultOf: (_, english) => english,
    };
  const props = ko.props as Record<string, string>;
  const defaults = (ko.defaults ?? {}) as Record<string, string | undefined>;
  return {
    summary: ko.summary,
    example: ko.example ?? spec.example,
    describe: (prop, english) => props[prop] ?? english,
    defaultOf: (prop, english) => defaults[prop] ?? english,
  };
}

export function defineComponent<S extends z.ZodObject>(spec: ComponentSpec<S>): ComponentSpec<S> {
  return spec;
}

import type { Locale } from '../content/lessonFile';

/** One value per edition. */
export type Localized<T> = Record<Locale, T>;

/**
 * A component's own interface strings, one object per language. The Korean object must have
 * exactly the English one's keys and function signatures (`NoInfer`: the type comes from the
 * English object), so a missing or misspelt key is a type error, not a silent English fallback.
 */
export function defineMessages<M extends object>(en: M, ko: NoInfer<M>): Localized<M> {
  return { en, ko };
}

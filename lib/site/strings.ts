/**
 * Every interface string of the site, one typed catalogue per language.
 * Lesson prose lives in content/; this file holds the chrome: navigation,
 * widget controls, status and error texts. `Messages` is the English
 * catalogue's shape, so a key missing from (or misspelt in) the Korean one is
 * a type error, not a silent fall back to English.
 */
import type { Locale } from '../content/lessonFile';
import { en, type Messages } from './strings.en';
import { ko } from './strings.ko';

export type { Locale };

export type { Messages };
/** @deprecated name kept for existing imports; use `Messages`. */
export type Strings = Messages;

export const catalogues: Record<Locale, Messages> = { en, ko };

/** The interface strings of a locale. */
export function strings(locale: Locale = 'en'): Messages {
  return catalogues[locale];
}

/**
 * The English catalogue, for code that does not know its page yet (the widgets'
 * own labels, moved to the catalogue later). Frame components take the locale
 * from the route (server) or from `useT()` (client).
 */
export const t = en;

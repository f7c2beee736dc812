import type { Locale } from '../content/lessonFile';

/**
 * Whether a browser prefers Korean to English: the first of its languages
 * (`navigator.languages`, most preferred first) that is Korean or English is
 * Korean (`ko`, `ko-KR`, ...). Other languages before them do not count.
 */
export function prefersKorean(languages: readonly string[]): boolean {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ko') return true;
    if (primary === 'en') return false;
  }
  return false;
}

/**
 * Whether the English home page offers the Korean edition (one dismissible
 * line, never a redirect): when the reader chose Korean before, or made no
 * choice and the browser prefers Korean; never once the offer was dismissed
 * or English was chosen.
 */
export function offersKorean(input: {
  chosen: Locale | null;
  dismissed: boolean;
  languages: readonly string[];
}): boolean {
  if (input.dismissed || input.chosen === 'en') return false;
  return input.chosen === 'ko' || prefersKorean(input.languages);
}

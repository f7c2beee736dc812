/**
 * Where each edition lives: English at the site's root (the addresses already
 * linked from elsewhere), Korean under `/ko/` with the same slugs. Paths here
 * are site paths without the base path, as `usePathname()` gives them.
 */
import type { Locale } from '../content/lessonFile';

const KOREAN_PREFIX = '/ko';

/** The edition a site path belongs to: `/ko/` and below is Korean, anything else English. */
export function pathLocale(path: string): Locale {
  return path === KOREAN_PREFIX || path.startsWith(`${KOREAN_PREFIX}/`) ? 'ko' : 'en';
}

/** A locale-free site path (`/lessons/x/`) in an edition: `/ko/lessons/x/` for Korean. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'ko' ? `${KOREAN_PREFIX}${path}` : path;
}

/** The locale-free form of a site path: `/ko/lessons/x/` and `/lessons/x/` both give `/lessons/x/`. */
export function neutralPath(path: string): string {
  if (pathLocale(path) === 'en') return path;
  return path.slice(KOREAN_PREFIX.length) || '/';
}

/** The same page in the other edition, or null when that edition has no such page. */
export function counterpartPath(path: string, available: ReadonlySet<string>): string | null {
  const neutral = neutralPath(path.endsWith('/') ? path : `${path}/`);
  if (!available.has(neutral)) return null;
  return localePath(pathLocale(path) === 'ko' ? 'en' : 'ko', neutral);
}

/** Site-internal links of a Korean page lead to Korean pages: `/lessons/x/#y` becomes `/ko/lessons/x/#y`. */
export function koreanLink(href: string): string {
  if (href === '/' || href.startsWith('/lessons/') || href.startsWith('/guide/')) {
    return `${KOREAN_PREFIX}${href}`;
  }
  return href;
}

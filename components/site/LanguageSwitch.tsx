'use client';
import { usePathname } from 'next/navigation';
import { useMemo } from 'react';
import { counterpartPath } from '@/lib/site/localePath';
import { strings } from '@/lib/site/strings';
import { withBasePath } from './basePath';
import { useLocale, useTranslatedPaths } from './LocaleProvider';

export const LOCALE_KEY = 'locale';

/**
 * The section being read: the URL's hash while its target is on screen (a
 * followed link), else the last heading scrolled above the upper third of the
 * viewport (as the table of contents marks it). Heading ids are the same in
 * both editions.
 */
function currentSection(): string {
  const target = location.hash
    ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
    : null;
  if (target) {
    const { top } = target.getBoundingClientRect();
    if (top >= 0 && top < innerHeight) return location.hash;
  }
  if (scrollY === 0) return location.hash;
  let id = '';
  for (const h of document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')) {
    if (h.getBoundingClientRect().top <= innerHeight / 3) id = h.id;
  }
  return id ? `#${id}` : location.hash;
}

/**
 * A link to the same page in the other edition, at the same section and with
 * the same query string (widget settings); the choice is remembered. Nothing
 * is shown when the other edition has no such page.
 */
export function LanguageSwitch() {
  const locale = useLocale();
  const translated = useTranslatedPaths();
  const pathname = usePathname();
  const target = useMemo(
    () => counterpartPath(pathname ?? '/', new Set(translated)),
    [pathname, translated],
  );
  if (!target) return null;
  const other = locale === 'ko' ? 'en' : 'ko';
  const href = withBasePath(target);
  const open = (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return;
    event.preventDefault();
    try {
      localStorage.setItem(LOCALE_KEY, other);
    } catch {
      // Storage refused (private mode): the switch still works, unremembered.
    }
    // A full load: the other edition has its own root layout (and <html lang>).
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    location.assign(`${href}${location.search}${currentSection()}`);
  };
  return (
    <a
      className="language-switch"
      href={href}
      hrefLang={other}
      lang={other}
      aria-label={strings(other).switchLanguage}
      onClick={open}
    >
      {strings(other).languageName}
    </a>
  );
}

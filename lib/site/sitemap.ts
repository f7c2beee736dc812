import type { Locale } from '../content/lessonFile';
import { localePath } from './localePath';
import { siteHref, type SiteAddress } from './siteUrl';

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  alternates?: { languages: Record<string, string> };
}

/**
 * The sitemap of both editions: every page of each edition, and for a page both
 * have, the `hreflang` alternates (en, ko, x-default = English). `pages` are
 * locale-free paths with the editions that have them. Empty without a known
 * host: a sitemap holds absolute URLs only.
 */
export function sitemapEntries(
  address: SiteAddress,
  pages: readonly { path: string; locales: readonly Locale[]; updated?: string | null }[],
): SitemapEntry[] {
  if (!address.origin) return [];
  return pages.flatMap(({ path, locales, updated }) => {
    const href = (locale: Locale) => siteHref(address, localePath(locale, path));
    const both = locales.includes('en') && locales.includes('ko');
    const languages = { en: href('en'), ko: href('ko'), 'x-default': href('en') };
    return locales.map((locale) => ({
      url: href(locale),
      ...(updated ? { lastModified: updated } : {}),
      ...(both ? { alternates: { languages } } : {}),
    }));
  });
}

/** robots.txt: everything may be crawled; the sitemap's address when the host is known. */
export function robotsRules(address: SiteAddress): {
  rules: { userAgent: string; allow: string };
  sitemap?: string;
} {
  return {
    rules: { userAgent: '*', allow: '/' },
    ...(address.origin ? { sitemap: siteHref(address, '/sitemap.xml') } : {}),
  };
}

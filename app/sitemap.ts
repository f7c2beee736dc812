import type { MetadataRoute } from 'next';
import { listLessons } from '@/lib/content/lessons';
import type { Locale } from '@/lib/site/strings';
import { sitemapEntries } from '@/lib/site/sitemap';
import { siteAddress } from '@/lib/site/siteUrl';

export const dynamic = 'force-static';

/** sitemap.xml of both editions (absolute URLs from SITE_URL; empty without it). */
export default function sitemap(): MetadataRoute.Sitemap {
  const korean = new Set(listLessons('ko').map((l) => l.slug));
  const lessons = listLessons('en').map((l) => ({
    path: `/lessons/${l.slug}/`,
    locales: (korean.has(l.slug) ? ['en', 'ko'] : ['en']) as Locale[],
    updated: l.updated,
  }));
  const pages = [
    { path: '/', locales: ['en', 'ko'] as Locale[] },
    { path: '/guide/', locales: ['en', 'ko'] as Locale[] },
    ...lessons,
  ];
  return sitemapEntries(siteAddress(process.env), pages);
}

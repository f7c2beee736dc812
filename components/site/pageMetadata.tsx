import type { Metadata, Viewport } from 'next';
import { localePath } from '@/lib/site/localePath';
import { siteAddress, siteHref } from '@/lib/site/siteUrl';
import { strings, type Locale } from '@/lib/site/strings';

const OG_LOCALE: Record<Locale, string> = { en: 'en_US', ko: 'ko_KR' };

export const siteViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfdfc' },
    { media: '(prefers-color-scheme: dark)', color: '#111318' },
  ],
};

/** What a root layout of an edition declares: the title template and description in its language. */
export function layoutMetadata(locale: Locale): Metadata {
  const t = strings(locale);
  const { origin, basePath } = siteAddress(process.env);
  return {
    ...(origin ? { metadataBase: new URL(`${origin}${basePath}/`) } : {}),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.tagline,
    icons: { icon: `${basePath}/favicon.svg` },
  };
}

/**
 * A page's title, description and Open Graph card in its language. `path` is
 * the locale-free site path (`/lessons/x/`).
 */
export function pageMetadata(input: {
  locale: Locale;
  path: string;
  title?: string;
  description?: string;
  translated: boolean;
}): Metadata {
  const t = strings(input.locale);
  const address = siteAddress(process.env);
  const other: Locale = input.locale === 'ko' ? 'en' : 'ko';
  return {
    ...(input.title ? { title: input.title } : {}),
    description: input.description ?? t.tagline,
    openGraph: {
      type: input.path.startsWith('/lessons/') ? 'article' : 'website',
      siteName: t.siteName,
      title: input.title ?? t.siteName,
      description: input.description ?? t.tagline,
      locale: OG_LOCALE[input.locale],
      ...(input.translated ? { alternateLocale: OG_LOCALE[other] } : {}),
      ...(address.origin ? { url: siteHref(address, localePath(input.locale, input.path)) } : {}),
    },
  };
}

/**
 * `<link rel="alternate" hreflang>` to both editions and x-default (English),
 * rendered in the page (React places them in <head>): absolute when SITE_URL
 * is set, root-relative otherwise. None for a page with one edition.
 */
export function Alternates({ path, translated }: { path: string; translated: boolean }) {
  if (!translated) return null;
  const address = siteAddress(process.env);
  const en = siteHref(address, localePath('en', path));
  const ko = siteHref(address, localePath('ko', path));
  return (
    <>
      <link rel="alternate" hrefLang="en" href={en} />
      <link rel="alternate" hrefLang="ko" href={ko} />
      <link rel="alternate" hrefLang="x-default" href={en} />
    </>
  );
}

import './styles';
import { translatedSlugs } from '@/lib/content/lessons';
import type { Locale } from '@/lib/site/strings';
import { LocaleProvider } from './LocaleProvider';
import { OfflineSupport } from './OfflineSupport';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { themeScript } from './themeScript';

/** Locale-free paths of the pages both editions have: the home page, the guide, translated lessons. */
function translatedPaths(): string[] {
  return ['/', '/guide/', ...translatedSlugs().map((slug) => `/lessons/${slug}/`)];
}

/**
 * The document of every page, for both editions' root layouts: `<html lang>`
 * from the route, the header, the footer, and the locale for client components.
 */
export function RootShell({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return (
    <html lang={locale} suppressHydrationWarning>
      {/* A root layout's own <head> (app router), not a pages-router page. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <LocaleProvider locale={locale} translated={translatedPaths()}>
          <SiteHeader locale={locale} />
          {children}
          <SiteFooter locale={locale} />
        </LocaleProvider>
        <OfflineSupport />
      </body>
    </html>
  );
}

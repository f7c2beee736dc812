import Link from 'next/link';
import { localePath } from '@/lib/site/localePath';
import { strings, type Locale } from '@/lib/site/strings';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchButton } from './SearchButton';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = strings(locale);
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">
        {t.skipToContent}
      </a>
      <Link className="site-title" href={localePath(locale, '/')}>
        {locale === 'en' ? (
          <>
            Deep Learning, <span>Live</span>
          </>
        ) : (
          t.siteName
        )}
      </Link>
      <div className="header-spacer" />
      <Link className="header-link guide" href={localePath(locale, '/guide/')}>
        {t.authoringGuide}
      </Link>
      <SearchButton />
      <LanguageSwitch />
      <ThemeToggle />
    </header>
  );
}

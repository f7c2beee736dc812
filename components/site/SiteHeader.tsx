import Link from 'next/link';
import { t } from '@/lib/site/strings';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">
        {t.skipToContent}
      </a>
      <Link className="site-title" href="/">
        Deep Learning, <span>Live</span>
      </Link>
      <div className="header-spacer" />
      <Link className="header-link guide" href="/guide/">
        {t.authoringGuide}
      </Link>
      <ThemeToggle />
    </header>
  );
}

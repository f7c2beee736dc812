import Link from 'next/link';
import { localePath } from '@/lib/site/localePath';
import { strings, type Locale } from '@/lib/site/strings';
import { LanguageSwitch } from './LanguageSwitch';

export interface NavLesson {
  slug: string;
  title: string;
}

/** The list of lessons: a sticky sidebar on wide screens, a disclosure menu on phones. */
export function LessonNav({
  locale,
  lessons,
  current,
}: {
  locale: Locale;
  lessons: NavLesson[];
  current?: string;
}) {
  const t = strings(locale);
  const items = lessons.map((l) => (
    <li key={l.slug}>
      <Link
        href={localePath(locale, `/lessons/${l.slug}/`)}
        aria-current={l.slug === current ? 'page' : undefined}
      >
        {l.title}
      </Link>
    </li>
  ));
  return (
    <>
      <nav className="sidebar" aria-label={t.lessons}>
        <h2>{t.lessons}</h2>
        <ol>{items}</ol>
        <p>
          <Link className="guide-link" href={localePath(locale, '/guide/')}>
            {t.authoringGuide}
          </Link>
        </p>
      </nav>
      <details className="mobile-nav">
        <summary>{t.menu}</summary>
        <nav aria-label={t.menu}>
          <ol>{items}</ol>
          <p>
            <Link className="guide-link" href={localePath(locale, '/guide/')}>
              {t.authoringGuide}
            </Link>
          </p>
          <p>
            <LanguageSwitch />
          </p>
        </nav>
      </details>
    </>
  );
}

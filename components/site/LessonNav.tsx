import Link from 'next/link';
import { t } from '@/lib/site/strings';

export interface NavLesson {
  slug: string;
  title: string;
}

/** The list of lessons: a sticky sidebar on wide screens, a disclosure menu on phones. */
export function LessonNav({ lessons, current }: { lessons: NavLesson[]; current?: string }) {
  const items = lessons.map((l) => (
    <li key={l.slug}>
      <Link href={`/lessons/${l.slug}/`} aria-current={l.slug === current ? 'page' : undefined}>
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
          <Link className="guide-link" href="/guide/">
            {t.authoringGuide}
          </Link>
        </p>
      </nav>
      <details className="mobile-nav">
        <summary>{t.menu}</summary>
        <nav aria-label={t.menu}>
          <ol>{items}</ol>
        </nav>
      </details>
    </>
  );
}

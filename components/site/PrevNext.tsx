import Link from 'next/link';
import { localePath } from '@/lib/site/localePath';
import { strings, type Locale } from '@/lib/site/strings';
import type { NavLesson } from './LessonNav';

export function PrevNext({
  locale,
  prev,
  next,
}: {
  locale: Locale;
  prev?: NavLesson;
  next?: NavLesson;
}) {
  const t = strings(locale);
  return (
    <nav className="prev-next" aria-label={`${t.previous} / ${t.next}`}>
      {prev && (
        <Link className="prev" href={localePath(locale, `/lessons/${prev.slug}/`)} rel="prev">
          <span>← {t.previous}</span>
          {prev.title}
        </Link>
      )}
      {next && (
        <Link className="next" href={localePath(locale, `/lessons/${next.slug}/`)} rel="next">
          <span>{t.next} →</span>
          {next.title}
        </Link>
      )}
    </nav>
  );
}

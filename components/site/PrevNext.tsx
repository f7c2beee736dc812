import Link from 'next/link';
import { t } from '@/lib/site/strings';
import type { NavLesson } from './LessonNav';

export function PrevNext({ prev, next }: { prev?: NavLesson; next?: NavLesson }) {
  return (
    <nav className="prev-next" aria-label={`${t.previous} / ${t.next}`}>
      {prev && (
        <Link className="prev" href={`/lessons/${prev.slug}/`} rel="prev">
          <span>← {t.previous}</span>
          {prev.title}
        </Link>
      )}
      {next && (
        <Link className="next" href={`/lessons/${next.slug}/`} rel="next">
          <span>{t.next} →</span>
          {next.title}
        </Link>
      )}
    </nav>
  );
}

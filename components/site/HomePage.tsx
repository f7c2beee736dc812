import Link from 'next/link';
import { listLessons } from '@/lib/content/lessons';
import { localePath } from '@/lib/site/localePath';
import { strings, type Locale } from '@/lib/site/strings';
import { Alternates } from './pageMetadata';
import { LanguageOffer } from './LanguageOffer';

/** The list of lessons of an edition. */
export function HomePage({ locale }: { locale: Locale }) {
  const t = strings(locale);
  const lessons = listLessons(locale);
  const [before, link, after] = t.guideLead;
  return (
    <main id="content" className="home">
      <Alternates path="/" translated />
      {locale === 'en' && <LanguageOffer />}
      <h1>{t.siteName}</h1>
      <p className="lede">{t.tagline}</p>
      <ol className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link className="lesson-card" href={localePath(locale, `/lessons/${lesson.slug}/`)}>
              <h2>{lesson.frontmatter.title}</h2>
              <p>{lesson.frontmatter.summary}</p>
              <p>{t.minutesRead(lesson.minutes)}</p>
            </Link>
          </li>
        ))}
      </ol>
      <p>
        {before}
        <Link href={localePath(locale, '/guide/')}>{link}</Link>
        {after}
      </p>
    </main>
  );
}

import Link from 'next/link';
import { listLessons } from '@/lib/content/lessons';
import { t } from '@/lib/site/strings';

export default function Home() {
  const lessons = listLessons();
  return (
    <main id="content" className="home">
      <h1>{t.siteName}</h1>
      <p className="lede">{t.tagline}</p>
      <ol className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link className="lesson-card" href={`/lessons/${lesson.slug}/`}>
              <h2>{lesson.frontmatter.title}</h2>
              <p>{lesson.frontmatter.summary}</p>
              <p>{t.minutesRead(lesson.minutes)}</p>
            </Link>
          </li>
        ))}
      </ol>
      <p>
        Writing a lesson? Read the <Link href="/guide/">{t.authoringGuide.toLowerCase()}</Link>.
      </p>
    </main>
  );
}

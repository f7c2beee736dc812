import type { Frontmatter } from '@/lib/content/frontmatter';
import { t } from '@/lib/site/strings';

/** The lesson's `sources` frontmatter as a list at the end of the page. */
export function LessonSources({ sources }: { sources: Frontmatter['sources'] }) {
  return (
    <section className="references" aria-labelledby="lesson-sources">
      <h2 id="lesson-sources">{t.sources}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.title}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {s.note ? ` — ${s.note}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

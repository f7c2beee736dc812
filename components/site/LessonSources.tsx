import type { Frontmatter } from '@/lib/content/frontmatter';
import { strings, type Locale } from '@/lib/site/strings';

/** The lesson's `sources` frontmatter as a list at the end of the page. */
export function LessonSources({
  locale,
  sources,
}: {
  locale: Locale;
  sources: Frontmatter['sources'];
}) {
  const t = strings(locale);
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

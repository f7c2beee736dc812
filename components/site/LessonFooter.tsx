import { reportLink } from '@/lib/content/reportLink';
import { localePath } from '@/lib/site/localePath';
import { strings, type Locale } from '@/lib/site/strings';
import { withBasePath } from './basePath';

/** "Last updated" from the content's history, and "Found a mistake?" when the build names a repository. */
export function LessonFooter({
  locale,
  title,
  slug,
  updated,
}: {
  locale: Locale;
  title: string;
  slug: string;
  updated: string | null;
}) {
  const t = strings(locale);
  const link = reportLink(
    process.env.REPOSITORY_URL,
    t.reportTitle(title, ''),
    t.reportBody(withBasePath(localePath(locale, `/lessons/${slug}/`))),
  );
  if (!updated && !link) return null;
  return (
    <footer className="lesson-footer">
      {updated && (
        <p>
          {t.lastUpdated}{' '}
          <time dateTime={updated}>
            {new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
              new Date(`${updated}T00:00:00Z`),
            )}
          </time>
        </p>
      )}
      {link && (
        <p>
          {t.foundMistake}{' '}
          <a href={link} rel="noopener noreferrer">
            {t.reportIt}
          </a>
        </p>
      )}
    </footer>
  );
}

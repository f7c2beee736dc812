import { strings, type Locale } from '@/lib/site/strings';
import { TocTracker } from './TocTracker';

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  id: string;
}

function TocList({ entries }: { entries: TocEntry[] }) {
  return (
    <ul>
      {entries.map((e) => (
        <li key={e.id} className={`depth-${e.depth}`}>
          <a href={`#${e.id}`}>{e.text}</a>
        </li>
      ))}
    </ul>
  );
}

/** On-page table of contents beside the lesson on wide screens; the tracker marks the section in view. */
export function Toc({ locale, entries }: { locale: Locale; entries: TocEntry[] }) {
  const t = strings(locale);
  if (entries.length === 0) return <div className="toc" />;
  return (
    <nav className="toc" aria-label={t.onThisPage}>
      <h2>{t.onThisPage}</h2>
      <TocList entries={entries} />
      <TocTracker ids={entries.map((e) => e.id)} />
    </nav>
  );
}

/**
 * The same contents for tablets and phones, where there is no room beside the
 * lesson: a disclosure at the top of the article (hidden on wide screens).
 */
export function TocInline({ locale, entries }: { locale: Locale; entries: TocEntry[] }) {
  const t = strings(locale);
  if (entries.length === 0) return null;
  return (
    <nav className="toc-inline" aria-label={t.onThisPage}>
      <details>
        <summary>{t.onThisPage}</summary>
        <TocList entries={entries} />
      </details>
    </nav>
  );
}

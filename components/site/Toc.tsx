import { t } from '@/lib/i18n/strings';

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** On-page table of contents, linking the headings' anchors. */
export function Toc({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return <div className="toc" />;
  return (
    <nav className="toc" aria-label={t.onThisPage}>
      <h2>{t.onThisPage}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.id} className={`depth-${e.depth}`}>
            <a href={`#${e.id}`}>{e.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

'use client';
import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { excerptParts } from '@/lib/site/searchExcerpt';
import { type LessonHits } from '@/lib/site/searchHits';
import { basePath } from './basePath';
import { useLocale, useT } from './LocaleProvider';
import { usePagefind } from './usePagefind';

/**
 * The search dialog: a labelled combobox over a listbox of results, one group per lesson and
 * in it the matched sections (heading and excerpt). Arrow keys move through the results,
 * Enter opens one, Escape closes the dialog and focus returns to what opened it (the native
 * modal <dialog> keeps focus inside and restores it on close).
 */
export default function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = usePagefind(query, basePath, useLocale());

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      input.current?.select();
    } else if (!open && d.open) d.close();
  }, [open]);

  const hits = search.groups.flatMap((g) => g.hits);
  const current = hits.length ? hits[Math.min(active, hits.length - 1)] : null;

  useEffect(() => {
    if (!current) return;
    list.current
      ?.querySelector(`#${CSS.escape(current.key)}`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // Closes at once, also with text in the field and whatever Chrome's close watcher decides.
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!hits.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((Math.min(active, hits.length - 1) + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      list.current?.querySelector<HTMLAnchorElement>(`#${CSS.escape(current.key)}`)?.click();
    }
  };

  const status =
    search.status === 'loading'
      ? t.search.loading
      : search.status === 'failed'
        ? t.search.failed
        : search.query && !search.groups.length
          ? t.search.noResults(search.query)
          : search.query
            ? t.search.results(search.groups.length)
            : '';

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-label={t.search.label}
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && onClose()}
    >
      <div className="search-panel">
        <div className="search-field">
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label={t.search.label}
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={current?.key}
            placeholder={t.search.placeholder}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="search-close" onClick={onClose}>
            <span aria-hidden="true">Esc</span>
            <span className="visually-hidden">{t.search.close}</span>
          </button>
        </div>
        <p className="search-status" role="status">
          {status}
        </p>
        <div
          ref={list}
          id={listId}
          role="listbox"
          aria-label={t.search.label}
          data-query={search.query}
        >
          {search.groups.map((group) => (
            <Group key={group.path} group={group} active={current?.key} onOpen={onClose} />
          ))}
        </div>
        <p className="search-keys" aria-hidden="true">
          {t.search.keys}
        </p>
      </div>
    </dialog>
  );
}

function Group({
  group,
  active,
  onOpen,
}: {
  group: LessonHits;
  active: string | undefined;
  onOpen: () => void;
}) {
  return (
    <div role="group" aria-label={group.lesson} className="search-group">
      <div className="search-lesson" aria-hidden="true">
        {group.lesson}
      </div>
      {group.hits.map((hit) => (
        <Link
          key={hit.key}
          id={hit.key}
          role="option"
          aria-selected={hit.key === active}
          tabIndex={-1}
          href={hit.path}
          prefetch={false}
          className="search-hit"
          onClick={onOpen}
        >
          <span className="search-section">{hit.section ?? group.lesson}</span>
          <span className="search-excerpt">
            {excerptParts(hit.excerpt).map((part, i) =>
              part.marked ? <mark key={i}>{part.text}</mark> : part.text,
            )}
          </span>
        </Link>
      ))}
    </div>
  );
}

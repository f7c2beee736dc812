'use client';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { opensSearch } from '@/lib/site/searchShortcut';
import { useT } from './LocaleProvider';

// The dialog and pagefind load on the first open: a lesson's first load carries only this button.
const SearchDialog = lazy(() => import('./SearchDialog'));

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The header's search button; `/` and Ctrl-K (⌘K) open the same dialog from anywhere on the page. */
export function SearchButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  // Mounted from the first open on, so a second open finds its query and pagefind loaded.
  const [wanted, setWanted] = useState(false);
  const show = useCallback(() => {
    setWanted(true);
    setOpen(true);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const { key, ctrlKey, metaKey, altKey } = event;
      if (!opensSearch({ key, ctrlKey, metaKey, altKey, inEditable: editable(event.target) }))
        return;
      event.preventDefault();
      show();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      <button
        type="button"
        className="search-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        title={t.search.shortcut}
        onClick={show}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="search-button-label">{t.search.open}</span>
        <kbd aria-hidden="true">/</kbd>
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

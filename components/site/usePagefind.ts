'use client';
import { useEffect, useRef, useState } from 'react';
import { lessonHits, type LessonHits, type PagefindPage } from '@/lib/site/searchHits';
import { searchTerm } from '@/lib/site/searchQuery';
import type { Locale } from '@/lib/site/strings';

/** The part of pagefind's browser API (`pagefind/pagefind.js`) the dialog uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: Record<string, unknown>,
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindPage> }[] } | null>;
}

export interface SearchState {
  status: 'loading' | 'ready' | 'failed';
  /** The query the groups answer (lags the typed one while a search runs). */
  query: string;
  groups: LessonHits[];
}

const MAX_LESSONS = 8;

/**
 * Loads pagefind from the site's own `/pagefind/` (under the base path) when first called, and
 * searches it for `query`. Pagefind picks the index of the page's `<html lang>`, so each edition
 * searches only its own pages; a Korean query's particles are dropped first (`searchTerm`).
 */
export function usePagefind(query: string, basePath: string, locale: Locale): SearchState {
  const pagefind = useRef<Promise<Pagefind> | null>(null);
  const [state, setState] = useState<SearchState>({ status: 'loading', query: '', groups: [] });

  useEffect(() => {
    if (pagefind.current) return;
    const url = `${basePath}/pagefind/pagefind.js`;
    pagefind.current = (async () => {
      const loaded = (await import(
        /* webpackIgnore: true */ /* turbopackIgnore: true */ url
      )) as Pagefind;
      // Result URLs as site paths (without the base path), for <Link>.
      await loaded.options({ baseUrl: '/', excerptLength: 24 });
      await loaded.init();
      return loaded;
    })();
    pagefind.current.then(
      () => setState((s) => ({ ...s, status: 'ready' })),
      () => setState((s) => ({ ...s, status: 'failed' })),
    );
  }, [basePath]);

  useEffect(() => {
    let current = true;
    const typed = query.trim();
    (async () => {
      const pf = await pagefind.current?.catch(() => null);
      if (!pf) return;
      if (!typed) {
        if (current) setState({ status: 'ready', query: '', groups: [] });
        return;
      }
      const search = await pf.debouncedSearch(searchTerm(typed, locale), {}, 120);
      if (!search || !current) return;
      const pages = await Promise.all(search.results.slice(0, MAX_LESSONS).map((r) => r.data()));
      if (current)
        setState({ status: 'ready', query: typed, groups: lessonHits(pages, { basePath }) });
    })();
    return () => {
      current = false;
    };
  }, [query, basePath, locale]);

  return state;
}

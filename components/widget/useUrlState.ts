'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { WidgetSpec } from '@/components/widgets/spec';
import { parseUrlState, serializeUrlState } from '@/lib/site/urlState';
import { createTrailingThrottle } from '@/lib/site/trailingThrottle';
import { useUrlKey } from './widgetInstance';

/**
 * Settings worth sharing, kept in the query string under this instance's key
 * (the widget's id, numbered when a page uses it twice). Starts from the MDX
 * defaults (so the server render and the first client render agree), then
 * reads the URL once mounted. The URL is rewritten at most every
 * URL_WRITE_MS, the last change always included.
 */
/** Shortest time between two rewrites of the URL: 2.5 a second stays far under Safari's 100 in 30 s. */
const URL_WRITE_MS = 400;

export function useUrlState<S extends z.ZodObject>(
  spec: Pick<WidgetSpec<S>, 'id' | 'props'>,
  defaults: z.infer<S>,
  fields: readonly (keyof z.infer<S> & string)[],
) {
  const key = useUrlKey(spec);
  const [values, setValues] = useState<z.infer<S>>(defaults);
  const init = useRef({ schema: spec.props, defaults, fields });

  useEffect(() => {
    const { schema: s, defaults: d, fields: f } = init.current;
    // The query string exists only in the browser, after hydration.
    setValues(parseUrlState(window.location.search, key, s, d, f));
  }, [key]);

  const current = useRef(values);
  useEffect(() => {
    current.current = values;
  }, [values]);

  const keyRef = useRef(key);
  useEffect(() => {
    keyRef.current = key;
  }, [key]);
  // The page whose URL the pending write belongs to: after a client-side navigation it is dropped.
  const path = useRef<string | null>(null);
  const throttle = useRef<ReturnType<typeof createTrailingThrottle> | null>(null);
  useEffect(() => () => throttle.current?.flush(), []);

  const update = useCallback((patch: Partial<z.infer<S>>) => {
    const next = { ...current.current, ...patch } as z.infer<S>;
    current.current = next;
    setValues(next);
    path.current = window.location.pathname;
    throttle.current ??= createTrailingThrottle(URL_WRITE_MS, () => {
      if (window.location.pathname !== path.current) return;
      const { defaults: d, fields: f } = init.current;
      const search = serializeUrlState<Record<string, unknown>>(
        window.location.search,
        keyRef.current,
        current.current,
        d,
        f as readonly string[],
      );
      try {
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
      } catch {
        // A browser that still refuses (its own rate limit) keeps the old URL; the widget is unaffected.
      }
    });
    throttle.current.request();
  }, []);

  return [values, update] as const;
}

'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { parseUrlState, serializeUrlState } from '@/lib/urlState/urlState';

/**
 * Settings worth sharing, kept in the query string under the widget's key.
 * Starts from the MDX defaults (so the server render and the first client
 * render agree), then reads the URL once mounted.
 */
export function useUrlState<S extends z.ZodObject>(key: string, schema: S, defaults: z.infer<S>, fields: readonly (keyof z.infer<S> & string)[]) {
  const [values, setValues] = useState<z.infer<S>>(defaults);
  const init = useRef({ schema, defaults, fields });

  useEffect(() => {
    const { schema: s, defaults: d, fields: f } = init.current;
    // The query string exists only in the browser, after hydration.
    setValues(parseUrlState(window.location.search, key, s, d, f));
  }, [key]);

  const current = useRef(values);
  useEffect(() => {
    current.current = values;
  }, [values]);

  const update = useCallback((patch: Partial<z.infer<S>>) => {
    const next = { ...current.current, ...patch } as z.infer<S>;
    current.current = next;
    setValues(next);
    const { defaults: d, fields: f } = init.current;
    const search = serializeUrlState<Record<string, unknown>>(window.location.search, key, next, d, f as readonly string[]);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [key]);

  return [values, update] as const;
}

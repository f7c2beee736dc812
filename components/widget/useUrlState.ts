'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { WidgetSpec } from '@/components/widgets/spec';
import { parseUrlState, serializeUrlState } from '@/lib/site/urlState';
import { useUrlKey } from './widgetInstance';

/**
 * Settings worth sharing, kept in the query string under this instance's key
 * (the widget's id, numbered when a page uses it twice). Starts from the MDX
 * defaults (so the server render and the first client render agree), then
 * reads the URL once mounted.
 */
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

  const update = useCallback(
    (patch: Partial<z.infer<S>>) => {
      const next = { ...current.current, ...patch } as z.infer<S>;
      current.current = next;
      setValues(next);
      const { defaults: d, fields: f } = init.current;
      const search = serializeUrlState<Record<string, unknown>>(
        window.location.search,
        key,
        next,
        d,
        f as readonly string[],
      );
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    },
    [key],
  );

  return [values, update] as const;
}

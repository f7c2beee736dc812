'use client';
import { createContext, useContext } from 'react';
import type { WidgetSpec } from '@/components/widgets/spec';

/** What LazyWidget knows about the one instance it mounted: its key in the URL (see lib/site/instanceKey). */
export const WidgetInstance = createContext<{ urlKey: string } | null>(null);

/** This instance's URL key; a widget rendered outside LazyWidget (a test) uses its bare id. */
export function useUrlKey(spec: Pick<WidgetSpec, 'id'>): string {
  return useContext(WidgetInstance)?.urlKey ?? spec.id;
}

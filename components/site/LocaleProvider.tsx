'use client';
import { createContext, useContext } from 'react';
import { strings, type Locale, type Messages } from '@/lib/site/strings';
import type { Localized } from '@/lib/site/localized';

interface Edition {
  locale: Locale;
  /** Locale-free site paths that exist in both editions (`/`, `/guide/`, `/lessons/<slug>/`). */
  translated: readonly string[];
}

const EditionContext = createContext<Edition>({ locale: 'en', translated: [] });

/** Set once per root layout from the route (`/ko/...` renders Korean): client components read it. */
export function LocaleProvider({ children, ...edition }: Edition & { children: React.ReactNode }) {
  return <EditionContext value={edition}>{children}</EditionContext>;
}

/** The page's language. */
export function useLocale(): Locale {
  return useContext(EditionContext).locale;
}

/** The interface strings of the page's language. */
export function useT(): Messages {
  return strings(useContext(EditionContext).locale);
}

/** The pages that exist in both editions, for the language switch. */
export function useTranslatedPaths(): readonly string[] {
  return useContext(EditionContext).translated;
}

/** A component's own strings (`defineMessages`) in the page's language. */
export function useMessages<M>(messages: Localized<M>): M {
  return messages[useContext(EditionContext).locale];
}

'use client';
import { useEffect } from 'react';
import { basePath } from './basePath';
import { whenIdle } from './whenIdle';

/**
 * Registers the service worker of the static export (out/sw.js), so a lesson
 * read once opens again without a network, and hands it what this page loaded
 * before the worker was in control. Not in development, where there is no sw.js.
 * Registration waits for the page to load and go idle: the worker's install fetches
 * everything the page loaded, which would otherwise compete with the page's own load.
 */
export function OfflineSupport() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    const cancelIdle = whenIdle(() =>
      navigator.serviceWorker
        .register(`${basePath}/sw.js`, { scope: `${basePath}/` })
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          if (cancelled) return;
          const loaded = performance.getEntriesByType('resource').map((e) => e.name);
          const urls = [location.href, ...loaded].filter(
            (u) => new URL(u).origin === location.origin,
          );
          registration.active?.postMessage({ type: 'cache-urls', urls });
        })
        .catch(() => {
          // No service worker (private mode, an old browser): the site works online as before.
        }),
    );
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, []);
  return null;
}

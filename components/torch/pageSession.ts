'use client';
import { useSyncExternalStore } from 'react';
import { createPageSessionStore } from '@/lib/pytorch/worker/pageSessionStore';
import type { PageSessionState, PageSessionStore } from '@/lib/pytorch/worker/pageSessionStore';
import type { StartSessionWorker } from '@/lib/pytorch/worker/sessionClient';

export type {
  PageSessionState,
  PageSessionStore,
  SessionEntry,
} from '@/lib/pytorch/worker/pageSessionStore';

/**
 * The session's worker, started by the store on the page's first statement, so
 * a lesson loads no interpreter until a session widget mounts near the viewport.
 */
const startSessionWorker: StartSessionWorker = (onReply, onFailure) => {
  // The training widgets' worker entry, which answers the session's requests too (see there why).
  const worker = new Worker(new URL('../widgets/training.worker.ts', import.meta.url), {
    type: 'module',
  });
  const failed = 'the in-page session stopped unexpectedly';
  // The client starts a fresh worker and replays the session into it (lib/pytorch/worker/sessionClient).
  worker.onmessage = (event) => onReply(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure(failed);
  };
  worker.onmessageerror = () => onFailure(failed);
  return {
    post: (request) => worker.postMessage(request),
    terminate: () => worker.terminate(),
  };
};

/**
 * The one shared store of this site: a PyTorch session per page, so the
 * prompt, the memory diagram, the graph and the copy table of one lesson
 * show the same tensors. Keyed by the page's path; created on first use.
 */
const storesByPage = new Map<string, PageSessionStore>();

export function pageSessionStore(page: string): PageSessionStore {
  let store = storesByPage.get(page);
  if (!store) {
    store = createPageSessionStore(startSessionWorker);
    storesByPage.set(page, store);
  }
  return store;
}

/** The store of the current page and its state, re-rendering on every change. */
export function usePageSession(): { store: PageSessionStore; state: PageSessionState } {
  const store = pageSessionStore(typeof window === 'undefined' ? '' : window.location.pathname);
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  return { store, state };
}

'use client';
import { useSyncExternalStore } from 'react';
import { createSession } from '@/lib/pytorch/session';
import type { StepResult, TorchSession } from '@/lib/pytorch/session';
import type { SessionSnapshot } from '@/lib/pytorch/snapshot';

/** One statement typed at the prompt and what came back. */
export interface SessionEntry {
  input: string;
  result: StepResult;
}

/** What the widgets of a page read: the transcript and the state before and after the last statement. */
export interface PageSessionState {
  entries: readonly SessionEntry[];
  snapshot: SessionSnapshot;
  /** The snapshot before the last batch of statements, to mark what they changed. */
  previous: SessionSnapshot | null;
  /** Bumped on every change, including reset. */
  version: number;
}

export interface PageSessionStore {
  get(): PageSessionState;
  subscribe(listener: () => void): () => void;
  /** Runs statements in order and notifies once; returns each result. */
  run(inputs: readonly string[]): StepResult[];
  /** Runs `lines` unless this exact setup already ran since the last reset. */
  ensureSetup(lines: readonly string[]): void;
  /** A fresh interpreter, then every setup seen so far again. */
  reset(): void;
}

/** The imports every lesson page starts from, shown at the top of the transcript. */
export const DEFAULT_SETUP = ['import torch', 'import torch.nn as nn', 'import numpy as np'];

/**
 * The session runs on the page's main thread (the figures read its snapshot synchronously),
 * so a statement may hold the page for at most this long before it is stopped.
 */
const PAGE_TIME_LIMIT_MS = 2000;

function createPageSessionStore(): PageSessionStore {
  const listeners = new Set<() => void>();
  const setups: string[][] = [];
  let session: TorchSession = createSession({ timeLimitMs: PAGE_TIME_LIMIT_MS });
  let state: PageSessionState = {
    entries: [],
    snapshot: session.snapshot(),
    previous: null,
    version: 0,
  };

  const notify = () => listeners.forEach((l) => l());
  const runQuietly = (inputs: readonly string[]) => {
    const previous = state.snapshot;
    const entries = [...state.entries];
    const results = inputs.map((input) => {
      const result = session.run(input);
      entries.push({ input, result });
      return result;
    });
    state = { entries, snapshot: session.snapshot(), previous, version: state.version + 1 };
    return results;
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    run(inputs) {
      const results = runQuietly(inputs);
      notify();
      return results;
    },
    ensureSetup(lines) {
      const all = [...DEFAULT_SETUP, ...lines];
      const key = all.join('\n');
      if (setups.some((s) => s.join('\n') === key)) return;
      setups.push(all);
      runQuietly(
        all.filter((l) => !(DEFAULT_SETUP.includes(l) && state.entries.some((e) => e.input === l))),
      );
      notify();
    },
    reset() {
      session = createSession({ timeLimitMs: PAGE_TIME_LIMIT_MS });
      state = {
        entries: [],
        snapshot: session.snapshot(),
        previous: null,
        version: state.version + 1,
      };
      for (const s of setups)
        runQuietly(
          s.filter((l) => !(DEFAULT_SETUP.includes(l) && state.entries.some((e) => e.input === l))),
        );
      notify();
    },
  };
}

/**
 * The one shared store of this site: a PyTorch session per page, so the
 * prompt, the memory diagram, the graph and the copy table of one lesson
 * show the same tensors. Keyed by the page's path; created on first use.
 */
const storesByPage = new Map<string, PageSessionStore>();

export function pageSessionStore(page: string): PageSessionStore {
  let store = storesByPage.get(page);
  if (!store) {
    store = createPageSessionStore();
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

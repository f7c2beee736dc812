import type { StepResult } from '../session';
import type { SessionSnapshot } from '../snapshot';
import { createSessionClient } from './sessionClient';
import type { Restart, StartSessionWorker } from './sessionClient';
import { EMPTY_SNAPSHOT } from './sessionProtocol';

/** One statement typed at the prompt and what came back. */
export interface SessionEntry {
  input: string;
  result: StepResult;
  /** Set when the session's worker was started again under this statement (see restartNote). */
  restart?: Restart;
}

/**
 * `starting`: the worker has not yet run the page's first statements (after
 * load or a reset), so the figures have nothing to draw; `running`: statements
 * are queued, the first of them running; `ready`: idle.
 */
export type SessionStatus = 'starting' | 'running' | 'ready';

/** What the widgets of a page read: the transcript and the state before and after the last statement. */
export interface PageSessionState {
  entries: readonly SessionEntry[];
  snapshot: SessionSnapshot;
  /** The snapshot before the last batch of statements, to mark what they changed. */
  previous: SessionSnapshot | null;
  /** Bumped on every change, including reset. */
  version: number;
  status: SessionStatus;
  /** Statements sent and not yet answered, in order; the first is running. */
  queued: readonly string[];
}

export interface PageSessionStore {
  get(): PageSessionState;
  subscribe(listener: () => void): () => void;
  /** Queues statements after those already queued; resolves with their entries once all ran. */
  run(inputs: readonly string[]): Promise<SessionEntry[]>;
  /** Runs `lines` unless this exact setup already ran since the last reset. */
  ensureSetup(lines: readonly string[]): void;
  /** Stops the running statement (KeyboardInterrupt); the queue goes on. */
  stop(): void;
  /** A fresh interpreter, then every setup seen so far again. */
  reset(): void;
}

/** The imports every lesson page starts from, shown at the top of the transcript. */
export const DEFAULT_SETUP = ['import torch', 'import torch.nn as nn', 'import numpy as np'];

/**
 * A page's PyTorch session, shared by its widgets, running in a worker started
 * on the first statement. Statements run in the order they were queued; the
 * state changes once per answer, so the figures follow each statement.
 */
export function createPageSessionStore(startWorker: StartSessionWorker): PageSessionStore {
  const client = createSessionClient(startWorker);
  const listeners = new Set<() => void>();
  const setups: string[][] = [];
  /** Statements queued since the last reset, so a setup does not import torch twice. */
  let submitted: string[] = [];
  /** Bumped by reset, so answers to statements it dropped are ignored. */
  let epoch = 0;
  /** False until every setup statement queued since load or reset has been answered. */
  let started = false;
  let setupLeft = 0;
  let state: PageSessionState = {
    entries: [],
    snapshot: EMPTY_SNAPSHOT,
    previous: null,
    version: 0,
    status: 'starting',
    queued: [],
  };
  const update = (next: Omit<PageSessionState, 'version' | 'status'>) => {
    const status = !started ? 'starting' : next.queued.length ? 'running' : 'ready';
    state = { ...next, status, version: state.version + 1 };
    listeners.forEach((l) => l());
  };

  const run = async (inputs: readonly string[], setup = false) => {
    if (!inputs.length) return [];
    const mine = epoch;
    submitted.push(...inputs);
    if (setup) setupLeft += inputs.length;
    update({ ...state, queued: [...state.queued, ...inputs] });
    let previous: SessionSnapshot | null = null;
    const entries: SessionEntry[] = [];
    const answers = inputs.map(async (input) => {
      const reply = await client.run(input);
      if (!reply || mine !== epoch) return;
      if (setup) setupLeft--;
      if (setupLeft === 0) started = true;
      previous ??= state.snapshot;
      const entry: SessionEntry = reply.restart
        ? { input, result: reply.result, restart: reply.restart }
        : { input, result: reply.result };
      entries.push(entry);
      update({
        entries: [...state.entries, entry],
        snapshot: reply.snapshot,
        previous,
        queued: state.queued.slice(1),
      });
    });
    await Promise.all(answers);
    return entries;
  };

  const runSetup = (all: readonly string[]) =>
    void run(
      all.filter((l) => !(DEFAULT_SETUP.includes(l) && submitted.includes(l))),
      true,
    );

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    run: (inputs) => run(inputs),
    ensureSetup(lines) {
      const all = [...DEFAULT_SETUP, ...lines];
      const key = all.join('\n');
      if (setups.some((s) => s.join('\n') === key)) return;
      setups.push(all);
      runSetup(all);
    },
    stop: () => void client.stop(),
    reset() {
      epoch++;
      client.reset();
      submitted = [];
      started = false;
      setupLeft = 0;
      update({ entries: [], snapshot: EMPTY_SNAPSHOT, previous: null, queued: [] });
      setups.forEach(runSetup);
    },
  };
}

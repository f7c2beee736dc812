import type { StepResult } from '../session';
import type { SessionSnapshot } from '../snapshot';

/*
 * The messages between a page and the worker that owns its PyTorch session.
 * The worker answers every request, in the order they came, with one reply
 * carrying the same id and the session's snapshot after it (plain data, so
 * it crosses postMessage by structured clone).
 *
 *   run     one statement as typed at >>>          -> ran      (its StepResult)
 *   replay  statements that ran before a restart   -> replayed (how many raised this time)
 *   reset   a fresh interpreter                    -> reset
 */
export type SessionRequest =
  | { kind: 'run'; id: number; input: string }
  | { kind: 'replay'; id: number; inputs: string[] }
  | { kind: 'reset'; id: number };

export type SessionReply =
  | { kind: 'ran'; id: number; result: StepResult; snapshot: SessionSnapshot }
  | { kind: 'replayed'; id: number; errors: number; snapshot: SessionSnapshot }
  | { kind: 'reset'; id: number; snapshot: SessionSnapshot };

/** A session with nothing defined yet: what the figures draw before the worker's first answer. */
export const EMPTY_SNAPSHOT: SessionSnapshot = {
  tensors: [],
  storages: [],
  graph: { nodes: [], edges: [] },
};

/**
 * How long one statement may run in the worker before it stops with
 * KeyboardInterrupt. The worker never holds the page, so this is not about
 * responsiveness (Stop is there for that): it bounds how long a forgotten
 * runaway loop burns the reader's battery, and leaves room for a real
 * statement of the lessons, such as a few thousand steps of a small training
 * loop in the interpreter, which a 2 s budget on the page's thread cut short.
 */
export const WORKER_TIME_LIMIT_MS = 10_000;

import type { StepResult } from '../session';
import type { SessionSnapshot } from '../snapshot';
import { EMPTY_SNAPSHOT } from './sessionProtocol';
import type { SessionReply, SessionRequest } from './sessionProtocol';

/** The worker as the client drives it; `startWorker` wires its replies and failures back. */
export interface SessionWorker {
  post(request: SessionRequest): void;
  terminate(): void;
}
export type StartSessionWorker = (
  onReply: (reply: SessionReply) => void,
  onFailure: (message: string) => void,
) => SessionWorker;

/** A restart that stopped a statement: statements run again in the fresh worker, and those that were not. */
export interface Restart {
  replayed: number;
  /** Statements that had been stopped before (their partial effects are not reproduced), or all when the replay itself was stopped. */
  notReplayed: number;
  /** Stop was pressed again while the statements were being replayed: the session is empty. */
  emptied: boolean;
}

export interface StatementReply {
  result: StepResult;
  snapshot: SessionSnapshot;
  /** Set when Stop restarted the worker under this statement. */
  restart: Restart | null;
}

export interface SessionClient {
  /** Queues one statement; resolves with its reply, or null when a reset dropped it. */
  run(input: string): Promise<StatementReply | null>;
  /** Stops the running statement; false when nothing runs. */
  stop(): boolean;
  /** A fresh interpreter; statements still queued are dropped. */
  reset(): void;
  /** Ends the worker for good. */
  dispose(): void;
}

/** What Python prints when Ctrl+C stops a statement. */
export const INTERRUPTED: StepResult = { output: null, warnings: [], error: 'KeyboardInterrupt' };

interface Job {
  request: SessionRequest;
  /** For a replay: the restart it completes. */
  restart?: Restart;
  answered(reply: SessionReply): void;
  /** The worker was restarted under this job; `snapshot` is the fresh worker's after the replay. */
  stopped(snapshot: SessionSnapshot, restart: Restart): void;
  failed(message: string): void;
  dropped(): void;
}

/**
 * The page's side of the session worker, as a state machine:
 *
 *   (no worker) --run--> idle <--reply-- busy (jobs queued, the first one running)
 *                          \--run-------> busy --Stop--> terminate, fresh worker,
 *                                                        replay, then the rest of the queue
 *
 * The interpreter is synchronous, so a running statement cannot read a message
 * asking it to stop (a shared flag would need SharedArrayBuffer, which only a
 * cross-origin-isolated page gets, and a static host does not send those
 * headers): Stop terminates the worker, starts a fresh one and replays every
 * statement that completed since the last reset. Every fresh session's
 * generator starts from the same seed, so the replay draws the same random
 * numbers and rebuilds the same tensors. Statements that were stopped are not
 * replayed (their effects up to the stop are lost); the restart says so.
 */
export function createSessionClient(startWorker: StartSessionWorker): SessionClient {
  let worker: SessionWorker | null = null;
  let generation = 0;
  let nextId = 1;
  let jobs: Job[] = [];
  /** Statements that completed since the last reset, to replay after a restart. */
  let ran: string[] = [];
  let notReplayed = 0;
  let lastSnapshot = EMPTY_SNAPSHOT;

  const kill = () => {
    worker?.terminate();
    worker = null;
    generation++;
  };
  const onReply = (reply: SessionReply) => {
    const job = jobs.shift();
    if (!job || job.request.id !== reply.id)
      return onFailure('the session worker answered out of turn');
    lastSnapshot = reply.snapshot;
    job.answered(reply);
  };
  const onFailure = (message: string) => {
    const failed = jobs;
    jobs = [];
    kill();
    failed.forEach((job) => job.failed(message));
  };
  const start = () => {
    const mine = ++generation;
    worker = startWorker(
      (reply) => mine === generation && onReply(reply),
      (message) => mine === generation && onFailure(message),
    );
  };
  const enqueue = (job: Job) => {
    jobs.push(job);
    worker!.post(job.request);
  };
  /** Replays `ran` in the worker just started; `then` receives the snapshot after it. */
  const replay = (then: Omit<Job, 'request' | 'answered'>, restart: Restart) =>
    enqueue({
      request: { kind: 'replay', id: nextId++, inputs: [...ran] },
      restart,
      answered: (reply) => then.stopped(reply.snapshot, restart),
      stopped: (snapshot, next) => then.stopped(snapshot, next),
      failed: (message) => then.failed(message),
      dropped: () => then.dropped(),
    });
  const ensureWorker = () => {
    if (worker) return;
    start();
    // After a failure the fresh worker first rebuilds what completed before it.
    if (ran.length)
      replay(
        { stopped() {}, failed() {}, dropped() {} },
        { replayed: ran.length, notReplayed, emptied: false },
      );
  };

  return {
    run(input) {
      return new Promise((resolve) => {
        ensureWorker();
        enqueue({
          request: { kind: 'run', id: nextId++, input },
          answered(reply) {
            if (reply.kind !== 'ran') return;
            if (reply.result.error?.startsWith('KeyboardInterrupt')) notReplayed++;
            else ran.push(input);
            resolve({ result: reply.result, snapshot: reply.snapshot, restart: null });
          },
          stopped: (snapshot, restart) => resolve({ result: INTERRUPTED, snapshot, restart }),
          failed: (message) =>
            resolve({
              result: { output: null, warnings: [], error: `SystemError: ${message}` },
              snapshot: lastSnapshot,
              restart: null,
            }),
          dropped: () => resolve(null),
        });
      });
    },
    stop() {
      const [running, ...waiting] = jobs;
      if (!running) return false;
      let restart: Restart = { replayed: ran.length, notReplayed, emptied: false };
      if (running.restart) {
        // Stopped while rebuilding: the fresh worker starts empty.
        restart = { ...running.restart, replayed: 0, emptied: true };
        ran = [];
        notReplayed = 0;
      }
      if (running.request.kind === 'run') notReplayed++;
      jobs = [];
      kill();
      start();
      replay(running, restart);
      waiting.forEach(enqueue);
      return true;
    },
    reset() {
      if (jobs.length) {
        const dropped = jobs;
        jobs = [];
        kill();
        dropped.forEach((job) => job.dropped());
      } else if (worker)
        enqueue({
          request: { kind: 'reset', id: nextId++ },
          answered() {},
          stopped() {},
          failed() {},
          dropped() {},
        });
      ran = [];
      notReplayed = 0;
      lastSnapshot = EMPTY_SNAPSHOT;
    },
    dispose() {
      const dropped = jobs;
      jobs = [];
      kill();
      dropped.forEach((job) => job.dropped());
    },
  };
}

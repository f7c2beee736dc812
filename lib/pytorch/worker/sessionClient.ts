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

/** A fresh worker under a statement: statements run again in it, and those that were not. */
export interface Restart {
  /** Stop (or Ctrl+C) ended the old worker, or it failed by itself (an error it did not catch, a message it could not read). */
  cause: 'stop' | 'failure';
  replayed: number;
  /** Statements that had been stopped before (their partial effects are not reproduced), or all when the replay itself was stopped. */
  notReplayed: number;
  /** Stop was pressed again while the statements were being replayed: the session is empty. */
  emptied: boolean;
}

export interface StatementReply {
  result: StepResult;
  snapshot: SessionSnapshot;
  /** Set when Stop or a failure restarted the worker under this statement, or, after a failure between statements, before it. */
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

/** What a statement ends with when the worker running it failed. */
export const failedResult = (message: string): StepResult => ({
  output: null,
  warnings: [],
  error: `SystemError: ${message}`,
});

/**
 * Failures in a row, with no answer between them, after which the client stops starting
 * workers: the statements queued end with SystemError, and the next one tries again.
 */
const RESTARTS_IN_A_ROW = 2;

interface Job {
  request: SessionRequest;
  /** For a replay: the restart it completes. */
  restart?: Restart;
  answered(reply: SessionReply): void;
  /** The worker was started again under this job, which ends with `result`; `snapshot` is the fresh worker's after the replay. */
  restarted(result: StepResult, snapshot: SessionSnapshot, restart: Restart): void;
  failed(message: string): void;
  dropped(): void;
}

/**
 * The page's side of the session worker, as a state machine:
 *
 *   (no worker) --run--> idle <--reply-- busy (jobs queued, the first one running)
 *                          \--run-------> busy --Stop----> terminate, fresh worker,
 *                                               --failure-/  replay, then the rest of the queue
 *
 * The interpreter is synchronous, so a running statement cannot read a message
 * asking it to stop (a shared flag would need SharedArrayBuffer, which only a
 * cross-origin-isolated page gets, and a static host does not send those
 * headers): Stop terminates the worker, starts a fresh one and replays every
 * statement that completed since the last reset. Every fresh session's
 * generator starts from the same seed, so the replay draws the same random
 * numbers and rebuilds the same tensors. Statements that were stopped are not
 * replayed (their effects up to the stop are lost); the restart says so.
 * A worker that fails by itself is started again the same way, at once, so the
 * page's names survive it; the statement it was running ends with SystemError.
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
  /** Worker failures since the last answer. */
  let failures = 0;
  /** A restart after a failure between statements, said under the next statement. */
  let unannounced: Restart | null = null;

  const kill = () => {
    worker?.terminate();
    worker = null;
    generation++;
  };
  const onReply = (reply: SessionReply) => {
    failures = 0;
    const job = jobs.shift();
    if (!job || job.request.id !== reply.id)
      return onFailure('the session worker answered out of turn');
    lastSnapshot = reply.snapshot;
    job.answered(reply);
  };
  const onFailure = (message: string) => {
    const [running, ...waiting] = jobs;
    jobs = [];
    kill();
    if (++failures > RESTARTS_IN_A_ROW) {
      failures = 0;
      return [running, ...waiting].forEach((job) => job?.failed(message));
    }
    restartUnder(running, waiting, 'failure', failedResult(message));
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
  const unheard: Omit<Job, 'request' | 'answered'> = {
    restarted() {},
    failed() {},
    dropped() {},
  };
  /** Replays `ran` in the worker just started; `then` ends with `result` once it ran. */
  const replay = (then: Omit<Job, 'request' | 'answered'>, restart: Restart, result: StepResult) =>
    enqueue({
      request: { kind: 'replay', id: nextId++, inputs: [...ran] },
      restart,
      answered: (reply) => then.restarted(result, reply.snapshot, restart),
      restarted: (next, snapshot, again) => then.restarted(next, snapshot, again),
      failed: (message) => then.failed(message),
      dropped: () => then.dropped(),
    });
  /** A fresh worker under `running` (ending it with `result`), then the jobs that waited behind it. */
  function restartUnder(
    running: Job | undefined,
    waiting: Job[],
    cause: Restart['cause'],
    result: StepResult,
  ) {
    let restart: Restart = { cause, replayed: ran.length, notReplayed, emptied: false };
    if (cause === 'stop' && running?.restart) {
      // Stopped while rebuilding: the fresh worker starts empty.
      restart = { ...running.restart, cause, replayed: 0, emptied: true };
      ran = [];
      notReplayed = 0;
    }
    if (running?.request.kind === 'run') notReplayed++;
    start();
    if (running) replay(running, restart, result);
    else {
      unannounced = restart;
      if (ran.length) replay(unheard, restart, result);
    }
    waiting.forEach(enqueue);
  }
  const ensureWorker = () => {
    if (worker) return;
    start();
    // After failures the client gave up on, the fresh worker first rebuilds what completed before.
    if (ran.length) {
      unannounced ??= { cause: 'failure', replayed: ran.length, notReplayed, emptied: false };
      replay(unheard, unannounced, INTERRUPTED);
    }
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
            const restart = unannounced;
            unannounced = null;
            resolve({ result: reply.result, snapshot: reply.snapshot, restart });
          },
          restarted(result, snapshot, restart) {
            unannounced = null;
            resolve({ result, snapshot, restart });
          },
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
      jobs = [];
      kill();
      restartUnder(running, waiting, 'stop', INTERRUPTED);
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
          ...unheard,
        });
      ran = [];
      notReplayed = 0;
      unannounced = null;
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

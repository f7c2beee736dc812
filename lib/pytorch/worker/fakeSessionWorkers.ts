import { createSessionHandler } from './sessionHandler';
import type { StartSessionWorker } from './sessionClient';
import type { SessionRequest } from './sessionProtocol';

/** What a test can see of one worker the client started. */
export interface FakeWorker {
  posted: SessionRequest[];
  terminated: boolean;
  /** Fails now, as a worker does on an error it did not catch. */
  fail(): void;
}

/**
 * Workers for the tests: each owns a real session handler and answers on a
 * later task, as postMessage does. A statement for which `hangs` says yes
 * never returns, and the worker answers nothing after it, like an interpreter
 * stuck in a loop; `failOn` makes the worker fail as a crashed worker does, and
 * `broken` (by the worker's index) makes one fail on whatever it is sent first.
 */
export function fakeSessionWorkers(
  options: {
    hangs?: (input: string) => boolean;
    failOn?: (input: string) => boolean;
    broken?: (index: number) => boolean;
    timeLimitMs?: number;
  } = {},
) {
  const workers: FakeWorker[] = [];
  const start: StartSessionWorker = (onReply, onFailure) => {
    const handle = createSessionHandler({ timeLimitMs: options.timeLimitMs ?? 1000 });
    const broken = options.broken?.(workers.length) ?? false;
    const worker: FakeWorker = {
      posted: [],
      terminated: false,
      fail: () => !worker.terminated && onFailure('the session worker stopped'),
    };
    workers.push(worker);
    let stuck = false;
    return {
      post(request) {
        worker.posted.push(request);
        if (stuck) return;
        if (broken) {
          stuck = true;
          setTimeout(worker.fail, 0);
          return;
        }
        const inputs =
          request.kind === 'run'
            ? [request.input]
            : request.kind === 'replay'
              ? request.inputs
              : [];
        if (inputs.some((input) => options.hangs?.(input))) {
          stuck = true;
          return;
        }
        if (request.kind === 'run' && options.failOn?.(request.input)) {
          setTimeout(worker.fail, 0);
          return;
        }
        const reply = structuredClone(handle(request));
        setTimeout(() => !worker.terminated && onReply(reply), 0);
      },
      terminate() {
        worker.terminated = true;
      },
    };
  };
  return { start, workers };
}

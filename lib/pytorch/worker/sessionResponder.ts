import type { SessionReply, SessionRequest } from './sessionProtocol';
import { WORKER_TIME_LIMIT_MS } from './sessionProtocol';

/** A session request, told apart from the training protocol's messages (which carry `type`). */
export function isSessionRequest(message: unknown): message is SessionRequest {
  return typeof message === 'object' && message !== null && 'kind' in message;
}

/**
 * The session's side of a worker: loads the interpreter on the first request
 * (so a worker that only trains never loads it) and answers every request in
 * the order it came, through `post`.
 */
export function createSessionResponder(
  post: (reply: SessionReply) => void,
  timeLimitMs = WORKER_TIME_LIMIT_MS,
): (request: SessionRequest) => Promise<void> {
  let handler: Promise<(request: SessionRequest) => SessionReply> | null = null;
  let last: Promise<void> = Promise.resolve();
  return (request) => {
    handler ??= import('./sessionHandler').then((m) => m.createSessionHandler({ timeLimitMs }));
    const loaded = handler;
    last = last.then(async () => post((await loaded)(request)));
    return last;
  };
}

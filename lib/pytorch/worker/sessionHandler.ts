import { createSession } from '../session';
import type { SessionOptions } from '../session';
import type { SessionReply, SessionRequest } from './sessionProtocol';

/**
 * The session worker's whole behaviour, as a function from request to reply:
 * it owns one TorchSession and answers each request with the session's
 * snapshot after it. Pure of any worker API, so it runs under the tests in
 * Node as it runs in the worker.
 */
export function createSessionHandler(
  options: SessionOptions = {},
): (request: SessionRequest) => SessionReply {
  let session = createSession(options);
  return (request) => {
    switch (request.kind) {
      case 'run': {
        const result = session.run(request.input);
        return { kind: 'ran', id: request.id, result, snapshot: session.snapshot() };
      }
      case 'replay': {
        const errors = request.inputs.filter((input) => session.run(input).error !== null).length;
        return { kind: 'replayed', id: request.id, errors, snapshot: session.snapshot() };
      }
      case 'reset':
        session = createSession(options);
        return { kind: 'reset', id: request.id, snapshot: session.snapshot() };
    }
  };
}

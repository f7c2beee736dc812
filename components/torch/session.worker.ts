/// <reference lib="webworker" />
import { createSessionHandler } from '@/lib/pytorch/worker/sessionHandler';
import { WORKER_TIME_LIMIT_MS } from '@/lib/pytorch/worker/sessionProtocol';
import type { SessionRequest } from '@/lib/pytorch/worker/sessionProtocol';

/*
 * The worker that owns a page's PyTorch session: a thin shell around the pure
 * handler (lib/pytorch/worker/sessionHandler), answering each request in turn.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createSessionHandler({ timeLimitMs: WORKER_TIME_LIMIT_MS });

scope.onmessage = (event: MessageEvent<SessionRequest>) => {
  scope.postMessage(handle(event.data));
};

/** The parts of a Worker its clients use, for any message types. */
export interface WorkerPort<In, Out> {
  postMessage(message: In): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Out>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * A worker that is started again (at most `retries` times) when it fails
 * before it has said anything, with the messages sent to it so far sent again.
 * The bundler starts every worker from one bootstrap script that reads its
 * chunk list from the URL's fragment, and Chromium sometimes starts a worker
 * whose script another worker of the page is fetching at the same moment
 * without that fragment ("Missing worker bootstrap config"): a session widget
 * and a training widget mounting together lost one of their workers.
 */
export function startedAgainOnEarlyFailure<In, Out>(
  create: () => WorkerPort<In, Out>,
  retries = 2,
): WorkerPort<In, Out> {
  const sent: In[] = [];
  let heard = false;
  let left = retries;
  const port: WorkerPort<In, Out> = {
    postMessage(message) {
      if (!heard) sent.push(message);
      worker.postMessage(message);
    },
    terminate: () => worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  const start = (): WorkerPort<In, Out> => {
    const w = create();
    w.onmessage = (event) => {
      heard = true;
      sent.length = 0;
      port.onmessage?.(event);
    };
    w.onerror = (event) => {
      if (heard || left === 0) return port.onerror?.(event);
      left--;
      event.preventDefault();
      w.terminate();
      worker = start();
      sent.forEach((message) => worker.postMessage(message));
    };
    return w;
  };
  let worker = start();
  return port;
}

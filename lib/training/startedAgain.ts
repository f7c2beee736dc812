/** The parts of a Worker its clients use, for any message types. */
export interface WorkerPort<In, Out> {
  postMessage(message: In): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<Out>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * A worker that is started again, after a pause that grows each time (one
 * entry of `pausesMs` per new start), when it fails before it has said
 * anything, with the messages sent to it so far sent again.
 * The bundler starts every worker from one bootstrap script that reads its
 * chunk list from the URL's fragment, and Chromium sometimes starts a worker
 * whose script another worker of the page is fetching at the same moment
 * without that fragment, or starts one again without it after another was
 * terminated ("Missing worker bootstrap config"): a session widget and a
 * training widget mounting together, or Stop restarting the session, lost a worker.
 */
export function startedAgainOnEarlyFailure<In, Out>(
  create: () => WorkerPort<In, Out>,
  pausesMs: readonly number[] = [50, 250, 1000],
): WorkerPort<In, Out> {
  const sent: In[] = [];
  let heard = false;
  let attempt = 0;
  let terminated = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const port: WorkerPort<In, Out> = {
    postMessage(message) {
      if (!heard) sent.push(message);
      worker.postMessage(message);
    },
    terminate() {
      terminated = true;
      clearTimeout(timer);
      worker.terminate();
    },
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
      if (heard || attempt >= pausesMs.length) return port.onerror?.(event);
      event.preventDefault();
      w.terminate();
      timer = setTimeout(() => {
        if (terminated) return;
        worker = start();
        sent.forEach((message) => worker.postMessage(message));
      }, pausesMs[attempt++]);
    };
    return w;
  };
  let worker = start();
  return port;
}

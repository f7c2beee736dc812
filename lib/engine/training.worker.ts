/// <reference lib="webworker" />
import { loadDataset } from '../data/load';
import { loadExperiment } from '../experiments/registry';
import { createTrainingHost } from './host';
import type { FromWorker, ToWorker } from './protocol';
import { initBrowserTf } from './tfBackend';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// A MessageChannel round trip yields to queued messages without setTimeout's clamping.
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

const host = createTrainingHost({
  post: (message: FromWorker, transfer?: Transferable[]) => scope.postMessage(message, transfer ?? []),
  initTf: initBrowserTf,
  loadExperiment,
  loadDataset,
  yieldToEvents: () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    }),
  now: () => performance.now(),
});

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  void host.receive(event.data);
};

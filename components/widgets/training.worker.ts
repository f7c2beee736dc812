/// <reference lib="webworker" />
import { loadDataset } from '@/lib/training/data/load';
import { createTrainingHost } from '@/lib/training/host';
import type { FromWorker, ToWorker } from '@/lib/training/protocol';
import { initBrowserTf } from '@/lib/training/tfBackend';
import { createSessionResponder, isSessionRequest } from '@/lib/pytorch/worker/sessionResponder';
import { loadExperiment } from './experiments';

/*
 * The training worker's entry: the engine (lib/training/host) bound to the
 * training widgets' experiments, by widget name (./experiments). It lives
 * beside them because lib/ never imports components/.
 *
 * The page's PyTorch session runs in a worker started from this same entry
 * (components/torch/pageSession): its requests carry `kind`, and the
 * interpreter loads on the first of them (a worker that only trains never
 * loads it). The bundler starts every worker from one bootstrap script told
 * apart by the URL's fragment alone, so whatever serves that script must keep
 * the fragment: the offline service worker answers it with a fresh Response
 * (scripts/serviceWorker.template.js), since a cached one carried the URL it
 * was first fetched with, another entry's fragment or none.
 */
// This file only ever runs as a dedicated worker: its global `self` is that scope (the project's
// `dom` lib types it as a window).
declare const self: DedicatedWorkerGlobalScope;
const scope = self;

// A MessageChannel round trip yields to queued messages without setTimeout's clamping.
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

const host = createTrainingHost({
  post: (message: FromWorker, transfer?: Transferable[]) =>
    scope.postMessage(message, transfer ?? []),
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

const answerSession = createSessionResponder((reply) => scope.postMessage(reply));

scope.onmessage = (event: MessageEvent<unknown>) => {
  if (isSessionRequest(event.data)) void answerSession(event.data);
  else void host.receive(event.data as ToWorker);
};

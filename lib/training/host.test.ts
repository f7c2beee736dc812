import { describe, expect, it } from 'vitest';
import { linearFit } from '../experiments/linearFit/linearFit';
import { loadDatasetFromDisk, nodeTf } from './testing/nodeTf';
import { createTrainingHost } from './host';
import type { FromWorker, ToWorker } from './protocol';

const fit = {
  inFeatures: 1,
  optimizer: 'sgd',
  learningRate: 0.1,
  noise: 0.3,
  batchSize: 16,
  samples: 128,
  steps: 120,
};

function harness(onPost?: (m: FromWorker) => void) {
  const messages: FromWorker[] = [];
  let tfLoads = 0;
  let waiters: Array<() => void> = [];
  const host = createTrainingHost({
    post: (m) => {
      onPost?.(m);
      messages.push(m);
      const w = waiters;
      waiters = [];
      w.forEach((f) => f());
    },
    initTf: async () => {
      tfLoads++;
      return { tf: await nodeTf(), backend: 'cpu' };
    },
    loadExperiment: async (name) => (name === 'linearFit' ? linearFit : undefined),
    loadDataset: loadDatasetFromDisk,
    yieldToEvents: () => new Promise((r) => setImmediate(r)),
    now: () => performance.now(),
    sliceMs: 2,
  });
  const until = async (pred: (m: FromWorker[]) => boolean) => {
    while (!pred(messages)) await new Promise<void>((r) => waiters.push(r));
  };
  const send = (m: ToWorker) => host.receive(m);
  const rows = () => messages.flatMap((m) => (m.type === 'metrics' ? m.rows : []));
  const done = () =>
    messages.find((m) => m.type === 'done') as Extract<FromWorker, { type: 'done' }> | undefined;
  return { host, messages, until, send, rows, done, tfLoads: () => tfLoads };
}

const start = (config: unknown = fit, paused = false): ToWorker => ({
  type: 'start',
  experiment: 'linearFit',
  config,
  seed: 1,
  baseUrl: 'http://127.0.0.1/',
  paused,
});

describe('training host protocol', () => {
  it('answers ping with pong at once, even while a start is still loading', async () => {
    const h = harness();
    const started = h.send(start());
    void h.send({ type: 'ping' });
    expect(h.messages.map((m) => m.type)).toEqual(['pong']);
    await started;
    expect(h.messages.map((m) => m.type)).toContain('ready');
    await h.send({ type: 'stop' });
  });

  it('start answers ready, then metrics for every step in order, then done', async () => {
    const h = harness();
    await h.send(start());
    await h.until(() => !!h.done());
    expect(h.messages[0]).toEqual({ type: 'ready', backend: 'cpu', totalSteps: 120 });
    expect(h.rows().map((r) => r.step)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(h.done()).toMatchObject({ reason: 'finished', step: 120 });
    // Batched: fewer metric messages than steps.
    expect(h.messages.filter((m) => m.type === 'metrics').length).toBeLessThan(120);
    const losses = h.rows().map((r) => r.loss);
    expect(losses[119]).toBeLessThan(losses[0]);
  });

  it('pause holds the step count; step N advances exactly N; resume runs to the end', async () => {
    const h = harness();
    await h.send(start(fit, true));
    await h.send({ type: 'step', count: 3 });
    await h.until(() => h.rows().length >= 3);
    await new Promise((r) => setTimeout(r, 30));
    expect(h.rows().map((r) => r.step)).toEqual([1, 2, 3]);
    await h.send({ type: 'resume' });
    await h.send({ type: 'pause' });
    const held = h.host.currentStep();
    await new Promise((r) => setTimeout(r, 30));
    expect(h.host.currentStep()).toBe(held);
    await h.send({ type: 'resume' });
    await h.until(() => !!h.done());
    expect(h.done()).toMatchObject({ reason: 'finished', step: 120 });
  });

  it('a run whose loss becomes NaN or Inf stops and says "diverged at step N", keeping the finite curve', async () => {
    const h = harness();
    await h.send(start({ ...fit, learningRate: 10, steps: 500 }));
    await h.until(() => !!h.done());
    const done = h.done()!;
    expect(done.reason).toBe('diverged');
    expect(done.message).toMatch(new RegExp(`^diverged at step ${done.step}: `));
    // The same as data, for the page to word in its language.
    expect(done.message).toBe(
      `diverged at step ${done.step}: ${done.divergence!.metric} became ${done.divergence!.value}`,
    );
    expect(h.rows().length).toBe(done.step - 1);
    expect(h.rows().every((r) => Number.isFinite(r.loss))).toBe(true);
  });

  it('stop ends the run and frees its tensors', async () => {
    const h = harness();
    const tf = await nodeTf();
    const before = tf.memory().numTensors;
    await h.send(start({ ...fit, steps: 5000 }));
    await h.until(() => h.rows().length > 10);
    await h.send({ type: 'stop' });
    expect(h.done()?.reason).toBe('stopped');
    expect(tf.memory().numTensors).toBe(before);
  });

  it("each metrics batch reports the engine's live tensors as tf.memory() counts them, steady over a run", async () => {
    const tf = await nodeTf();
    const seen: number[] = [];
    const h = harness((m) => m.type === 'metrics' && seen.push(tf.memory().numTensors));
    await h.send(start({ ...fit, steps: 400 }));
    await h.until((m) => m.some((x) => x.type === 'done'));
    const reports = h.messages.flatMap((m) => (m.type === 'metrics' && m.memory ? [m.memory] : []));
    expect(reports.length).toBe(h.messages.filter((m) => m.type === 'metrics').length);
    expect(reports.map((r) => r.tensors)).toEqual(seen);
    expect(new Set(reports.map((r) => r.tensors)).size).toBe(1);
    expect(reports.every((r) => r.dataBuffers >= r.tensors && r.bytes > 0)).toBe(true);
  });

  it('prepare loads tfjs once, ahead of start, without posting anything; later runs reuse it', async () => {
    const h = harness();
    await h.send({ type: 'prepare', baseUrl: 'http://127.0.0.1/' });
    expect(h.tfLoads()).toBe(1);
    expect(h.messages).toEqual([]);
    await h.send(start({ ...fit, steps: 5 }));
    await h.until(() => !!h.done());
    await h.send(start({ ...fit, steps: 5 }));
    expect(h.tfLoads()).toBe(1);
  });

  it('reports an unknown experiment and an invalid config as errors, not crashes', async () => {
    const h = harness();
    await h.send({ ...start(), experiment: 'nope' } as ToWorker);
    expect(h.messages.at(-1)).toEqual({ type: 'error', message: 'unknown experiment "nope"' });
    const h2 = harness();
    await h2.send(start({ ...fit, learningRate: -1 }));
    const last = h2.messages.at(-1);
    expect(last?.type).toBe('error');
    expect(last && 'message' in last ? last.message : '').toContain('learningRate');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTrainingClient, type RunState, type WorkerLike } from './client';
import type { FromWorker, ToWorker } from './protocol';

function fakeWorker() {
  const sent: ToWorker[] = [];
  const worker: WorkerLike & { emit(m: FromWorker): void; terminated: boolean } = {
    postMessage: (m) => sent.push(m),
    terminate() {
      this.terminated = true;
    },
    onmessage: null,
    onerror: null,
    terminated: false,
    emit(m) {
      this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
    },
  };
  return { worker, sent };
}

function setup(now?: () => number) {
  const frames: Array<() => void> = [];
  const updates: RunState[] = [];
  const workers: ReturnType<typeof fakeWorker>[] = [];
  const client = createTrainingClient({
    createWorker: () => {
      const w = fakeWorker();
      workers.push(w);
      return w.worker;
    },
    experiment: 'linearFit',
    baseUrl: 'http://127.0.0.1/',
    schedule: (cb) => frames.push(cb),
    onUpdate: (s) => updates.push(s),
    now,
  });
  const frame = () => frames.splice(0).forEach((f) => f());
  return { client, frames, updates, workers, frame };
}

const rows = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ step: from + i, loss: 1 / (from + i) }));

describe('training client', () => {
  it('measures the speed over the last few seconds of running, and forgets it on pause', () => {
    let clock = 0;
    const { client, updates, workers, frame } = setup(() => clock);
    client.train({}, 1);
    const w = workers[0].worker;
    w.emit({ type: 'ready', backend: 'wasm', totalSteps: 1000 });
    w.emit({ type: 'metrics', rows: rows(1, 10) });
    clock = 500;
    w.emit({ type: 'metrics', rows: rows(11, 60) });
    frame();
    expect(updates.at(-1)).toMatchObject({ step: 60, stepsPerSecond: 100 });
    clock = 5000; // samples older than three seconds no longer count
    w.emit({ type: 'metrics', rows: rows(61, 70) });
    clock = 6000;
    w.emit({ type: 'metrics', rows: rows(71, 90) });
    frame();
    expect(updates.at(-1)).toMatchObject({ step: 90, stepsPerSecond: 20 });
    client.pause();
    frame();
    expect(updates.at(-1)).toMatchObject({ status: 'paused', stepsPerSecond: null });
  });

  it('hands the view at most one update per animation frame, however many batches arrive', () => {
    const { client, updates, workers, frame } = setup();
    client.train({ lr: 0.1 }, 3);
    expect(workers[0].sent[0]).toEqual({
      type: 'start',
      experiment: 'linearFit',
      config: { lr: 0.1 },
      seed: 3,
      baseUrl: 'http://127.0.0.1/',
      paused: false,
    });
    const w = workers[0].worker;
    w.emit({ type: 'ready', backend: 'wasm', totalSteps: 100 });
    w.emit({ type: 'metrics', rows: rows(1, 10) });
    w.emit({ type: 'metrics', rows: rows(11, 25) });
    expect(updates).toHaveLength(0);
    frame();
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      status: 'running',
      step: 25,
      backend: 'wasm',
      totalSteps: 100,
    });
    expect(updates[0].rows.map((r) => r.step)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    w.emit({ type: 'metrics', rows: rows(26, 30) });
    w.emit({ type: 'done', reason: 'finished', step: 30, message: 'finished 30 steps' });
    frame();
    expect(updates).toHaveLength(2);
    expect(updates[1]).toMatchObject({
      status: 'done',
      step: 30,
      doneReason: 'finished',
      message: null,
    });
  });

  it('reports divergence with the step and keeps the rows before it', () => {
    const { client, updates, workers, frame } = setup();
    client.train({}, 1);
    const w = workers[0].worker;
    w.emit({ type: 'ready', backend: 'cpu', totalSteps: 100 });
    w.emit({ type: 'metrics', rows: rows(1, 11) });
    w.emit({
      type: 'done',
      reason: 'diverged',
      step: 12,
      message: 'diverged at step 12: loss became NaN',
      divergence: { metric: 'loss', value: Number.NaN },
    });
    frame();
    expect(updates.at(-1)).toMatchObject({
      status: 'done',
      doneReason: 'diverged',
      step: 11,
      message: 'diverged at step 12: loss became NaN',
      notice: { kind: 'diverged', step: 12, metric: 'loss', value: Number.NaN },
    });
    expect(updates.at(-1)!.rows).toHaveLength(11);
  });

  it('pause, step and resume send the protocol messages; reset stops the run and ignores its late messages', () => {
    const { client, workers, frame } = setup();
    client.train({}, 1);
    const { worker, sent } = workers[0];
    worker.emit({ type: 'ready', backend: 'wasm', totalSteps: 100 });
    frame();
    client.pause();
    client.step({}, 1);
    client.train({}, 1);
    expect(sent.slice(1).map((m) => m.type)).toEqual(['pause', 'step', 'resume']);
    client.reset();
    expect(sent.at(-1)).toEqual({ type: 'stop' });
    worker.emit({ type: 'metrics', rows: rows(1, 3) });
    worker.emit({ type: 'done', reason: 'stopped', step: 3, message: 'stopped at step 3' });
    frame();
    expect(client.getState()).toMatchObject({ status: 'idle', step: 0, rows: [] });
    // The next run reuses the warm worker.
    client.train({}, 2);
    expect(workers).toHaveLength(1);
    worker.emit({ type: 'ready', backend: 'wasm', totalSteps: 10 });
    worker.emit({ type: 'metrics', rows: rows(1, 2) });
    frame();
    expect(client.getState()).toMatchObject({ status: 'running', step: 2 });
    client.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('Step with no run starts one paused and asks for one step', () => {
    const { client, workers } = setup();
    client.step({ a: 1 }, 5);
    expect(workers[0].sent.map((m) => m.type)).toEqual(['start', 'step']);
    expect(workers[0].sent[0]).toMatchObject({ paused: true });
  });

  it('a worker error becomes an error state with its message', () => {
    const { client, updates, workers, frame } = setup();
    client.train({}, 1);
    workers[0].worker.emit({ type: 'error', message: 'unknown experiment "x"' });
    frame();
    expect(updates.at(-1)).toMatchObject({ status: 'error', message: 'unknown experiment "x"' });
  });
});

describe('training client, when its worker dies', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function running() {
    const t = setup();
    t.client.train({}, 1);
    const w = t.workers[0];
    w.worker.emit({ type: 'ready', backend: 'wasm', totalSteps: 1000 });
    w.worker.emit({ type: 'metrics', rows: rows(1, 40) });
    t.frame();
    return { ...t, w };
  }

  it('a worker silent mid-run is pinged, then given up: the run stops at its step with its rows kept', () => {
    const { client, w, frame } = running();
    // The watch began with the run; the last message came within the first quiet period.
    vi.advanceTimersByTime(2999);
    expect(w.sent.at(-1)?.type).toBe('start');
    vi.advanceTimersByTime(1);
    expect(w.sent.at(-1)).toEqual({ type: 'ping' });
    vi.advanceTimersByTime(3999);
    expect(client.getState().status).toBe('running');
    vi.advanceTimersByTime(1);
    frame();
    expect(w.worker.terminated).toBe(true);
    const state = client.getState();
    expect(state).toMatchObject({ status: 'error', step: 40 });
    expect(state.rows).toHaveLength(40);
    expect(state.message).toMatch(/^The run stopped at step 40: .*Train starts a new run\.$/);
  });

  it('after a lost worker, Train makes a new worker and starts a new run', () => {
    const { client, workers, frame } = running();
    vi.advanceTimersByTime(7000);
    frame();
    client.train({}, 1);
    expect(workers).toHaveLength(2);
    expect(workers[1].sent.map((m) => m.type)).toEqual(['start']);
    workers[1].worker.emit({ type: 'ready', backend: 'wasm', totalSteps: 1000 });
    workers[1].worker.emit({ type: 'metrics', rows: rows(1, 3) });
    frame();
    expect(client.getState()).toMatchObject({ status: 'running', step: 3, message: null });
  });

  it('a busy worker that keeps answering is never given up', () => {
    const { client, w } = running();
    const pings = () => w.sent.filter((m) => m.type === 'ping').length;
    let answered = 0;
    for (let t = 0; t < 120_000; t += 500) {
      vi.advanceTimersByTime(500);
      if (pings() > answered) {
        answered = pings();
        vi.advanceTimersByTime(3000);
        w.worker.emit({ type: 'pong' });
      }
    }
    expect(answered).toBeGreaterThan(10);
    expect(client.getState().status).toBe('running');
    expect(w.worker.terminated).toBe(false);
  });

  it('a paused run is not watched: a paused worker has nothing to say', () => {
    const { client, w, frame } = running();
    client.pause();
    frame();
    vi.advanceTimersByTime(60_000);
    expect(w.sent.map((m) => m.type)).not.toContain('ping');
    expect(client.getState().status).toBe('paused');
  });

  it('an error event from the worker stops the run with its rows, and the next run gets a new worker', () => {
    const { client, workers, w, frame } = running();
    w.worker.onerror?.({ message: 'Uncaught RangeError: out of memory' } as ErrorEvent);
    frame();
    expect(w.worker.terminated).toBe(true);
    expect(client.getState()).toMatchObject({
      status: 'error',
      step: 40,
      message:
        'The run stopped at step 40: Uncaught RangeError: out of memory. Train starts a new run.',
    });
    client.step({}, 1);
    expect(workers).toHaveLength(2);
  });
});

import { describe, expect, test } from 'vitest';
import { DEFAULT_SETUP, createPageSessionStore } from './pageSessionStore';
import { fakeSessionWorkers } from './fakeSessionWorkers';

const LOOP = 'while True:\n    pass\n';
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("a page's session store", () => {
  test('is starting until the first setup has run, then shows its tensors', async () => {
    const { start, workers } = fakeSessionWorkers();
    const store = createPageSessionStore(start);
    expect(store.get().status).toBe('starting');
    expect(workers).toHaveLength(0);
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.get().status));
    store.ensureSetup(['a = torch.ones(2)', 'b = a[:1]']);
    expect(store.get().queued).toEqual([...DEFAULT_SETUP, 'a = torch.ones(2)', 'b = a[:1]']);
    await tick();
    const state = store.get();
    expect(state.status).toBe('ready');
    expect(new Set(seen.slice(0, -1))).toEqual(new Set(['starting']));
    expect(state.snapshot.tensors.map((t) => t.name)).toEqual(['a', 'b']);
    expect(state.entries.map((e) => e.input)).toEqual([
      ...DEFAULT_SETUP,
      'a = torch.ones(2)',
      'b = a[:1]',
    ]);
  });

  test('a second widget with the same setup runs nothing; another setup skips the imports', async () => {
    const store = createPageSessionStore(fakeSessionWorkers().start);
    store.ensureSetup(['x = torch.zeros(1)']);
    store.ensureSetup(['x = torch.zeros(1)']);
    store.ensureSetup(['y = torch.zeros(1)']);
    await tick();
    expect(store.get().entries.map((e) => e.input)).toEqual([
      ...DEFAULT_SETUP,
      'x = torch.zeros(1)',
      'y = torch.zeros(1)',
    ]);
  });

  test('run resolves once its statements ran; previous is the snapshot before them', async () => {
    const store = createPageSessionStore(fakeSessionWorkers().start);
    store.ensureSetup(['a = torch.ones(2)']);
    const entries = await store.run(['a.add_(1)', 'c = a * 2']);
    expect(entries.map((e) => e.result.output)).toEqual(['tensor([2., 2.])', null]);
    const { previous, snapshot, status } = store.get();
    expect(status).toBe('ready');
    expect(previous?.storages.map((s) => s.values)).toEqual([[1, 1]]);
    expect(snapshot.storages.map((s) => s.values)).toEqual([
      [2, 2],
      [4, 4],
    ]);
  });

  test('Stop ends the running statement with KeyboardInterrupt, says the session restarted, and the queue goes on', async () => {
    const store = createPageSessionStore(fakeSessionWorkers({ hangs: (s) => s === LOOP }).start);
    store.ensureSetup(['a = torch.ones(2)']);
    const stuck = store.run([LOOP]);
    const next = store.run(['a + 1']);
    await tick();
    expect(store.get().status).toBe('running');
    expect(store.get().queued).toEqual([LOOP, 'a + 1']);
    store.stop();
    const [stopped] = await stuck;
    expect(stopped.result.error).toBe('KeyboardInterrupt');
    expect(stopped.restart).toEqual({
      cause: 'stop',
      replayed: DEFAULT_SETUP.length + 1,
      notReplayed: 0,
      emptied: false,
    });
    expect((await next)[0].result.output).toBe('tensor([2., 2.])');
    expect(
      store
        .get()
        .entries.map((e) => e.input)
        .slice(-2),
    ).toEqual([LOOP, 'a + 1']);
  });

  test('a worker that fails mid-statement: that statement ends with SystemError and says the session started again; the names survive', async () => {
    const { start, workers } = fakeSessionWorkers({ failOn: (s) => s === 'crash()' });
    const store = createPageSessionStore(start);
    store.ensureSetup(['a = torch.ones(2)']);
    const [crashed] = await store.run(['crash()']);
    expect(crashed.result.error).toMatch(/^SystemError: /);
    expect(crashed.restart).toMatchObject({ cause: 'failure', replayed: DEFAULT_SETUP.length + 1 });
    const [next] = await store.run(['a + 1']);
    expect(next).toEqual({
      input: 'a + 1',
      result: expect.objectContaining({ output: 'tensor([2., 2.])' }),
    });
    expect(store.get().snapshot.tensors.map((t) => t.name)).toEqual(['a']);
    expect(store.get().status).toBe('ready');
    expect(workers).toHaveLength(2);
  });

  test('reset clears the transcript, drops the queue and runs the setups again', async () => {
    const store = createPageSessionStore(fakeSessionWorkers({ hangs: (s) => s === LOOP }).start);
    store.ensureSetup(['a = torch.ones(2)']);
    await store.run(['z = 1']);
    const stuck = store.run([LOOP]);
    await tick();
    store.reset();
    expect(await stuck).toEqual([]);
    expect(store.get().status).toBe('starting');
    await tick();
    expect(store.get().entries.map((e) => e.input)).toEqual([
      ...DEFAULT_SETUP,
      'a = torch.ones(2)',
    ]);
    expect((await store.run(['z']))[0].result.error).toBe("NameError: name 'z' is not defined");
  });
});

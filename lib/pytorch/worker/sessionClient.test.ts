import { describe, expect, test, vi } from 'vitest';
import { createSessionClient } from './sessionClient';
import { fakeSessionWorkers } from './fakeSessionWorkers';

const LOOP = 'while True:\n    pass\n';
const hangs = (input: string) => input === LOOP;
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('the session client', () => {
  test('no worker starts before the first statement', async () => {
    const { start, workers } = fakeSessionWorkers();
    const client = createSessionClient(start);
    expect(workers).toHaveLength(0);
    expect(client.stop()).toBe(false);
    await client.run('x = 1');
    expect(workers).toHaveLength(1);
  });

  test('statements queued without waiting run in the order they were queued', async () => {
    const client = createSessionClient(fakeSessionWorkers().start);
    const replies = await Promise.all(
      ['xs = []', 'xs.append(1)', 'xs.append(2)', 'xs'].map((s) => client.run(s)),
    );
    expect(replies.at(-1)?.result.output).toBe('[1, 2]');
  });

  test('Stop ends a stuck statement with KeyboardInterrupt and the names defined before it survive', async () => {
    const { start, workers } = fakeSessionWorkers({ hangs });
    const client = createSessionClient(start);
    await client.run('import torch');
    await client.run('a = torch.arange(3.)');
    await client.run('r = torch.rand(2)');
    const before = (await client.run('r'))!.result.output;
    const stuck = client.run(LOOP);
    const after = client.run('a * 2');
    await tick();
    expect(client.stop()).toBe(true);
    const stopped = (await stuck)!;
    expect(stopped.result.error).toBe('KeyboardInterrupt');
    expect(stopped.restart).toEqual({ cause: 'stop', replayed: 4, notReplayed: 0, emptied: false });
    expect(stopped.snapshot.tensors.map((t) => t.name)).toEqual(['a', 'r']);
    expect((await after)!.result.output).toBe('tensor([0., 2., 4.])');
    expect((await client.run('r'))!.result.output).toBe(before);
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
  });

  test('a stopped statement is not replayed, and the next restart says so', async () => {
    const client = createSessionClient(fakeSessionWorkers({ hangs }).start);
    await client.run('n = 1');
    const first = client.run(LOOP);
    await tick();
    client.stop();
    expect((await first)!.restart).toEqual({
      cause: 'stop',
      replayed: 1,
      notReplayed: 0,
      emptied: false,
    });
    const second = client.run(LOOP);
    await tick();
    client.stop();
    expect((await second)!.restart).toEqual({
      cause: 'stop',
      replayed: 1,
      notReplayed: 1,
      emptied: false,
    });
  });

  test('a statement stopped by its time limit answers itself and is not replayed later', async () => {
    const client = createSessionClient(fakeSessionWorkers({ hangs, timeLimitMs: 50 }).start);
    const slow = await client.run('while True:\n    n = 1\n');
    expect(slow?.result.error).toMatch(/^KeyboardInterrupt/);
    const stuck = client.run(LOOP);
    await tick();
    client.stop();
    expect((await stuck)!.restart).toEqual({
      cause: 'stop',
      replayed: 0,
      notReplayed: 1,
      emptied: false,
    });
  });

  test('Stop pressed again while the statements are replayed leaves an empty session, and says so', async () => {
    let replaysHang = false;
    const client = createSessionClient(
      fakeSessionWorkers({ hangs: (s) => hangs(s) || (replaysHang && s === 'slow = 1') }).start,
    );
    await client.run('slow = 1');
    const stuck = client.run(LOOP);
    await tick();
    replaysHang = true;
    client.stop();
    await tick();
    expect(client.stop()).toBe(true);
    expect((await stuck)!.restart).toEqual({
      cause: 'stop',
      replayed: 0,
      notReplayed: 0,
      emptied: true,
    });
    replaysHang = false;
    expect((await client.run('slow'))!.result.error).toBe("NameError: name 'slow' is not defined");
  });

  test('reset drops what is still queued and starts a fresh interpreter', async () => {
    const client = createSessionClient(fakeSessionWorkers({ hangs }).start);
    await client.run('x = 1');
    const stuck = client.run(LOOP);
    const queued = client.run('y = 2');
    await tick();
    client.reset();
    expect(await stuck).toBeNull();
    expect(await queued).toBeNull();
    expect((await client.run('x'))!.result.error).toBe("NameError: name 'x' is not defined");
    await client.run('z = 3');
    client.reset();
    expect((await client.run('z'))!.result.error).toBe("NameError: name 'z' is not defined");
  });

  test('a worker that fails is started again at once: its statement ends with SystemError, the names survive, the queue goes on', async () => {
    const { start, workers } = fakeSessionWorkers({ failOn: (s) => s === 'crash()' });
    const client = createSessionClient(start);
    await client.run('x = 41');
    // Raises (torch is not imported), yet ran: it is replayed too.
    await client.run('r = torch.rand(1)');
    const crashed = client.run('crash()');
    const next = client.run('x + 1');
    const failed = (await crashed)!;
    expect(failed.result.error).toMatch(/^SystemError: /);
    expect(failed.restart).toEqual({
      cause: 'failure',
      replayed: 2,
      notReplayed: 0,
      emptied: false,
    });
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
    expect(workers[1].posted[0]).toMatchObject({
      kind: 'replay',
      inputs: ['x = 41', 'r = torch.rand(1)'],
    });
    expect((await next)!).toMatchObject({ result: { output: '42' }, restart: null });
  });

  test('a worker that fails between statements is started again, and the next statement says so once', async () => {
    const { start, workers } = fakeSessionWorkers();
    const client = createSessionClient(start);
    await client.run('x = 1');
    workers[0].fail();
    expect(workers).toHaveLength(2);
    const next = (await client.run('x'))!;
    expect(next.result.output).toBe('1');
    expect(next.restart).toEqual({ cause: 'failure', replayed: 1, notReplayed: 0, emptied: false });
    expect((await client.run('x'))!.restart).toBeNull();
  });

  test('after two restarts in a row that fail, no worker is started until the next statement', async () => {
    const { start, workers } = fakeSessionWorkers({ broken: (i) => i >= 1 && i <= 3 });
    const client = createSessionClient(start);
    await client.run('x = 1');
    workers[0].fail();
    // Each failed restart is one more timer in a chain: wait for the chain, not for a fixed time.
    await vi.waitFor(() => expect(workers.map((w) => w.terminated)).toEqual([true, true, true]));
    const next = (await client.run('x + 1'))!;
    expect(next.result.output).toBe('2');
    expect(next.restart).toMatchObject({ cause: 'failure', replayed: 1 });
    expect(workers).toHaveLength(5);
  });

  test('a worker that never starts is given up after two restarts, and every queued statement says why', async () => {
    const client = createSessionClient(fakeSessionWorkers({ broken: () => true }).start);
    const replies = await Promise.all(['x = 1', 'x'].map((s) => client.run(s)));
    expect(replies.map((r) => r!.result.error)).toEqual([
      'SystemError: the session worker stopped',
      'SystemError: the session worker stopped',
    ]);
  });
});

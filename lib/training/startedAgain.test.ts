import { describe, expect, test } from 'vitest';
import { startedAgainOnEarlyFailure, type WorkerPort } from './startedAgain';

/** Workers that echo what they get; the first `failing` of them fail on start. */
function echoWorkers(failing: number) {
  const made: { received: string[]; terminated: boolean }[] = [];
  const create = (): WorkerPort<string, string> => {
    const record = { received: [] as string[], terminated: false };
    const fails = made.length < failing;
    made.push(record);
    const w: WorkerPort<string, string> = {
      postMessage(message) {
        record.received.push(message);
        if (!fails) queueMicrotask(() => w.onmessage?.({ data: message } as MessageEvent<string>));
      },
      terminate: () => void (record.terminated = true),
      onmessage: null,
      onerror: null,
    };
    if (fails)
      queueMicrotask(() =>
        w.onerror?.({
          message: 'Missing worker bootstrap config',
          preventDefault() {},
        } as ErrorEvent),
      );
    return w;
  };
  return { create, made };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('a worker started again when it fails before saying anything', () => {
  test('the messages sent to the failed worker reach the next one, in order', async () => {
    const { create, made } = echoWorkers(1);
    const port = startedAgainOnEarlyFailure(create, [1, 1]);
    const heard: string[] = [];
    const errors: string[] = [];
    port.onmessage = (e) => heard.push(e.data);
    port.onerror = (e) => errors.push(e.message);
    port.postMessage('a');
    port.postMessage('b');
    await settle();
    expect(made.map((m) => m.terminated)).toEqual([true, false]);
    expect(heard).toEqual(['a', 'b']);
    expect(errors).toEqual([]);
  });

  test('terminated while it waits to start again, it starts nothing more', async () => {
    const { create, made } = echoWorkers(1);
    const port = startedAgainOnEarlyFailure(create, [5]);
    port.postMessage('a');
    await new Promise((r) => setTimeout(r, 0));
    port.terminate();
    await settle();
    expect(made).toHaveLength(1);
  });

  test('after the retries the failure reaches the client', async () => {
    const { create, made } = echoWorkers(5);
    const port = startedAgainOnEarlyFailure(create, [1, 1]);
    const errors: string[] = [];
    port.onerror = (e) => errors.push(e.message);
    port.postMessage('a');
    await settle();
    expect(made).toHaveLength(3);
    expect(errors).toEqual(['Missing worker bootstrap config']);
  });
});

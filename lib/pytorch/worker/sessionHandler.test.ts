import { describe, expect, test } from 'vitest';
import { createSessionHandler } from './sessionHandler';
import type { SessionReply } from './sessionProtocol';

const ran = (reply: SessionReply) => {
  if (reply.kind !== 'ran') throw new Error(`expected a 'ran' reply, got ${reply.kind}`);
  return reply;
};

describe('the session worker handler', () => {
  test('a run request answers with what PyTorch 1.13 prints and the same id', () => {
    const handle = createSessionHandler();
    handle({ kind: 'run', id: 1, input: 'import torch' });
    const reply = ran(handle({ kind: 'run', id: 2, input: 'torch.ones(2) * 3' }));
    expect(reply.id).toBe(2);
    expect(reply.result).toEqual({ output: 'tensor([3., 3.])', warnings: [], error: null });
  });

  test('the snapshot shows a view sharing its base storage, and survives structured cloning', () => {
    const handle = createSessionHandler();
    for (const input of ['import torch', 'a = torch.ones(2, 2)', 'b = a[0]'])
      handle({ kind: 'run', id: 0, input });
    const { snapshot } = ran(handle({ kind: 'run', id: 3, input: 'b.add_(1)' }));
    const [a, b] = ['a', 'b'].map((n) => snapshot.tensors.find((t) => t.name === n)!);
    expect(a.storageId).toBe(b.storageId);
    expect(snapshot.storages).toHaveLength(1);
    expect(snapshot.storages[0].values).toEqual([2, 2, 1, 1]);
    expect(structuredClone(snapshot)).toEqual(snapshot);
  });

  test('reset forgets every name, as a fresh interpreter does', () => {
    const handle = createSessionHandler();
    handle({ kind: 'run', id: 1, input: 'x = 1' });
    const reset = handle({ kind: 'reset', id: 2 });
    expect(reset).toMatchObject({ kind: 'reset', id: 2, snapshot: { tensors: [] } });
    expect(ran(handle({ kind: 'run', id: 3, input: 'x' })).result.error).toBe(
      "NameError: name 'x' is not defined",
    );
  });

  test('a replay rebuilds the names and counts the statements that raised', () => {
    const handle = createSessionHandler();
    const reply = handle({
      kind: 'replay',
      id: 4,
      inputs: ['import torch', 'a = torch.arange(3.)', '1 / 0', 'b = a * 2'],
    });
    expect(reply).toMatchObject({ kind: 'replayed', id: 4, errors: 1 });
    expect(ran(handle({ kind: 'run', id: 5, input: 'b' })).result.output).toBe(
      'tensor([0., 2., 4.])',
    );
  });

  test('a runaway loop stops with KeyboardInterrupt and the next statement runs', () => {
    const handle = createSessionHandler({ timeLimitMs: 50 });
    handle({ kind: 'run', id: 1, input: 'i = 7' });
    const stopped = ran(handle({ kind: 'run', id: 2, input: 'while True:\n    pass\n' }));
    expect(stopped.result.error).toMatch(/^KeyboardInterrupt\b/);
    expect(ran(handle({ kind: 'run', id: 3, input: 'i' })).result.output).toBe('7');
  });
});

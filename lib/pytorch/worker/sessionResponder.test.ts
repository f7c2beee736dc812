import { describe, expect, test } from 'vitest';
import { createSessionResponder, isSessionRequest } from './sessionResponder';
import type { SessionReply } from './sessionProtocol';

describe("the session's side of the worker", () => {
  test('answers requests sent before the interpreter loaded, in the order they came', async () => {
    const replies: SessionReply[] = [];
    const respond = createSessionResponder((r) => replies.push(r));
    void respond({ kind: 'run', id: 1, input: 'xs = [1]' });
    void respond({ kind: 'run', id: 2, input: 'xs.append(2)' });
    await respond({ kind: 'run', id: 3, input: 'xs' });
    expect(replies.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(replies[2]).toMatchObject({ kind: 'ran', result: { output: '[1, 2]' } });
  });

  test("tells the session's requests from the training protocol's messages", () => {
    expect(isSessionRequest({ kind: 'reset', id: 1 })).toBe(true);
    expect(isSessionRequest({ type: 'prepare', baseUrl: '/' })).toBe(false);
    expect(isSessionRequest(null)).toBe(false);
  });
});

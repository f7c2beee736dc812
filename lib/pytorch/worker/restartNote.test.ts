import { describe, expect, test } from 'vitest';
import { restartNotes } from './restartNote';

const { en, ko } = restartNotes;

describe('the restart note', () => {
  test('counts what was run again and what was lost, in words', () => {
    expect(en.restartNote({ cause: 'stop', replayed: 1, notReplayed: 0, emptied: false })).toBe(
      '(The session was restarted to stop this statement: the 1 statement before it was run again.)',
    );
    expect(en.restartNote({ cause: 'stop', replayed: 5, notReplayed: 2, emptied: false })).toBe(
      '(The session was restarted to stop this statement: the 5 statements before it were run again; 2 statements stopped earlier were not, so what they changed before stopping is lost.)',
    );
  });

  test('says when the worker failed by itself rather than by Stop', () => {
    expect(en.restartNote({ cause: 'failure', replayed: 3, notReplayed: 0, emptied: false })).toBe(
      '(The session stopped unexpectedly and was started again: the 3 statements before it were run again.)',
    );
    expect(ko.restartNote({ cause: 'failure', replayed: 3, notReplayed: 0, emptied: false })).toBe(
      '(세션이 예기치 않게 멈춰서 다시 시작했습니다. 그 앞의 문장 3개를 다시 실행했습니다.)',
    );
  });

  test('in Korean, counts the statements run again and lost with 개', () => {
    expect(ko.restartNote({ cause: 'stop', replayed: 0, notReplayed: 1, emptied: false })).toBe(
      '(이 문장을 멈추려고 세션을 다시 시작했습니다. 그 앞에서 다시 실행한 문장은 없습니다. 앞서 멈춘 문장 1개는 다시 실행하지 않았으므로, 멈추기 전까지 바꾼 내용은 사라졌습니다.)',
    );
  });
});

import { defineMessages } from '../../site/localized';
import type { Restart } from './sessionClient';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const en = {
  /** What the transcript says under a statement when the session's worker was started again. */
  restartNote({ cause, replayed, notReplayed, emptied }: Restart): string {
    if (emptied)
      return '(The session was restarted to stop this statement, and Stop ended the re-run of the statements before it too: every name is gone.)';
    const why =
      cause === 'stop'
        ? 'The session was restarted to stop this statement'
        : 'The session stopped unexpectedly and was started again';
    const rebuilt = replayed
      ? `the ${plural(replayed, 'statement')} before it ${replayed === 1 ? 'was' : 'were'} run again`
      : 'nothing before it was run again';
    const lost = notReplayed
      ? `; ${plural(notReplayed, 'statement')} stopped earlier ${notReplayed === 1 ? 'was' : 'were'} not, so what ${notReplayed === 1 ? 'it' : 'they'} changed before stopping is lost`
      : '';
    return `(${why}: ${rebuilt}${lost}.)`;
  },
};

/** The restart note in each edition's language. */
export const restartNotes = defineMessages(en, {
  restartNote({ cause, replayed, notReplayed, emptied }) {
    if (emptied)
      return '(이 문장을 멈추려고 세션을 다시 시작했고, 그 앞의 문장들을 다시 실행하는 것도 멈춤으로 중단되어 모든 이름이 사라졌습니다.)';
    const why =
      cause === 'stop'
        ? '이 문장을 멈추려고 세션을 다시 시작했습니다'
        : '세션이 예기치 않게 멈춰서 다시 시작했습니다';
    const rebuilt = replayed
      ? `그 앞의 문장 ${replayed}개를 다시 실행했습니다`
      : '그 앞에서 다시 실행한 문장은 없습니다';
    const lost = notReplayed
      ? `. 앞서 멈춘 문장 ${notReplayed}개는 다시 실행하지 않았으므로, 멈추기 전까지 바꾼 내용은 사라졌습니다`
      : '';
    return `(${why}. ${rebuilt}${lost}.)`;
  },
});

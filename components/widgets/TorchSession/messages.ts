import { defineMessages } from '@/lib/site/localized';

/** How the last statement ended, for the summary. */
export type LastOutcome =
  | { kind: 'raised'; error: string }
  | { kind: 'printed'; firstLine: string; more: boolean }
  | { kind: 'silent' };

const en = {
  description:
    "Type Python as at PyTorch's >>> prompt. The answers are what PyTorch 1.13 prints; the other figures on this page draw the same session.",
  inputLabel: 'Python input (Enter runs, Shift+Enter adds a line, ↑ ↓ history, Ctrl+C stops)',
  stop: 'Stop',
  runningStatus: 'Running',
  startingLine: 'Starting the session…',
  runningLine: 'running… (Stop or Ctrl+C interrupts it)',
  runningSummary: (first: string, more: boolean, starting: boolean) =>
    `Running ${first}${more ? ' …' : ''}${starting ? ' as the session starts' : ''}. Stop or Ctrl+C interrupts it.`,
  transcript: 'Session transcript',
  snippetsGroup: "Run the lesson's code in the session",
  runInSession: (label: string) => `Run in session: ${label}`,
  examplesGroup: 'Examples to put at the prompt',
  putAtPrompt: 'Put this at the prompt',
  lastOutput: 'last output',
  printedNothing: '(nothing)',
  printed: 'printed',
  starting: 'The session is starting.',
  summary: (statements: number, errors: number, last: string, outcome: LastOutcome) =>
    `${statements} statements ran in this page's session (${errors} ended in an error). The last, ${last}, ${
      outcome.kind === 'raised'
        ? `raised ${outcome.error}`
        : outcome.kind === 'printed'
          ? `printed ${outcome.firstLine}${outcome.more ? ' …' : ''}`
          : 'printed nothing'
    }.`,
};

export const messages = defineMessages(en, {
  description:
    'PyTorch의 >>> 프롬프트에서처럼 파이썬 코드를 입력하세요. 답은 PyTorch 1.13이 출력하는 그대로이고, 이 페이지의 다른 그림들도 같은 세션을 그립니다.',
  inputLabel: '파이썬 입력 (Enter: 실행, Shift+Enter: 줄 추가, ↑ ↓: 이전 입력, Ctrl+C: 중지)',
  stop: '중지',
  runningStatus: '실행 중',
  startingLine: '세션을 시작하는 중입니다…',
  runningLine: '실행 중… (중지 또는 Ctrl+C로 멈춥니다)',
  runningSummary: (first, more, starting) =>
    `${starting ? '세션이 시작되면 ' : ''}${first}${more ? ' …' : ''} 실행 중입니다. 중지 또는 Ctrl+C로 멈출 수 있습니다.`,
  transcript: '세션 기록',
  snippetsGroup: '레슨의 코드를 세션에서 실행',
  runInSession: (label) => `세션에서 실행: ${label}`,
  examplesGroup: '프롬프트에 넣을 예시',
  putAtPrompt: '프롬프트에 넣기',
  lastOutput: '마지막 출력',
  printedNothing: '(출력 없음)',
  printed: '출력 있음',
  starting: '세션을 시작하는 중입니다.',
  summary: (statements, errors, last, outcome) =>
    `이 페이지의 세션에서 문장 ${statements}개를 실행했고, 그중 ${errors}개는 오류로 끝났습니다. 마지막 문장: ${last} → ${
      outcome.kind === 'raised'
        ? `오류 ${outcome.error}`
        : outcome.kind === 'printed'
          ? `출력 ${outcome.firstLine}${outcome.more ? ' …' : ''}`
          : '출력 없음'
    }.`,
});

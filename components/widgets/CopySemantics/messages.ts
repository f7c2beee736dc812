import { defineMessages } from '@/lib/site/localized';

/** The four questions each row answers, in the table's order. */
export type CopyQuestion = 'newObject' | 'sharesMemory' | 'requiresGrad' | 'tracked';

const and = (xs: readonly string[]) => xs.join(' and ');

const en = {
  description:
    "Each row ran y = … on a fresh x in the PyTorch session model. Choose a row to see the statements that prove it and run them in this page's session.",
  caption: 'What each expression does, computed by the engine',
  questions: {
    newObject: 'new object?',
    sharesMemory: 'shares memory with x?',
    requiresGrad: 'requires grad?',
    tracked: 'gradients reach x?',
  } as Record<CopyQuestion, string>,
  yes: 'yes',
  no: 'no',
  /** Text around the expression and the statement `x` came from. */
  proof: ['The proof of ', ', starting from ', ':'] as [string, string, string],
  runInSession: 'Run in session',
  wholeTable: 'The whole table in PyTorch',
  computing: 'Computing the table by running each statement…',
  failed: (detail: string) => `The table could not be computed: ${detail}`,
  summary: (shared: string[], copies: string[], same: string[], tracked: string[]) =>
    `Run in the engine: ${shared.join(', ')} share memory with x; ${and(copies)} copy. Only ${same.join(', ')} returns x itself; gradients reach x through ${and(tracked)}.`,
};

export const messages = defineMessages(en, {
  description:
    '각 행은 새로 만든 x에 y = …를 PyTorch 세션 모델에서 실행한 결과입니다. 행을 고르면 그 결과를 증명하는 문장들이 보이고, 이 페이지의 세션에서 실행해 볼 수 있습니다.',
  caption: '각 식이 하는 일, 엔진에서 실행해 계산함',
  questions: {
    newObject: '새 객체?',
    sharesMemory: 'x와 메모리 공유?',
    requiresGrad: 'requires_grad?',
    tracked: '기울기가 x에 도달?',
  },
  yes: '예',
  no: '아니요',
  proof: ['증명: ', ' (시작: ', ')'],
  runInSession: '세션에서 실행',
  wholeTable: '표 전체를 PyTorch로',
  computing: '문장을 하나씩 실행해 표를 계산하는 중…',
  failed: (detail) => `표를 계산하지 못했습니다: ${detail}`,
  summary: (shared, copies, same, tracked) =>
    `엔진에서 실행한 결과입니다. x와 메모리를 공유하는 식: ${shared.join(', ')}. 복사하는 식: ${copies.join(', ')}. x 자신을 돌려주는 식: ${same.join(', ')}. 기울기가 x에 도달하는 식: ${tracked.join(', ')}.`,
});

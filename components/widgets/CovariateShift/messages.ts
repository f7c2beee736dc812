import type { NET_KINDS } from '@/lib/experiments/covariateShift/covariateShift';
import { defineMessages } from '@/lib/site/localized';

type NetKind = (typeof NET_KINDS)[number];

const en = {
  description:
    'Noisy batch norm adds noise whose mean and variance are drawn afresh every step after each batch-norm layer, so the next layer’s inputs shift all the time. Does it still train like batch norm?',
  /** A network's name in the legends, outputs and summary. */
  names: {
    standard: 'standard',
    bn: 'batch norm',
    'noisy-bn': 'noisy batch norm',
  } satisfies Record<NetKind, string>,
  /** A network's name in the data table's column headers. */
  columnNames: { standard: 'standard', bn: 'bn', 'noisy-bn': 'noisy-bn' } satisfies Record<
    NetKind,
    string
  >,
  accuracySummary: (step: number, standard: string, bn: string, noisy: string) =>
    `After ${step} steps the test accuracy is ${standard} for the standard net, ${bn} with batch norm and ${noisy} with noisy batch norm. `,
  /** `each`: "0.12 (standard), 0.05 (batch norm), ..." */
  shiftSummary: (unit: number, layer: number, each: string) =>
    `Unit ${unit} of hidden layer ${layer} moves on average by ${each} per step (change of its median plus change of its 10–90 % spread). `,
  icsSummary: (steps: number, layer: number, each: string) =>
    `Over the last ${steps} steps the gradient change ‖G − G′‖ of layer ${layer} averages ${each}.`,
  valueOf: (value: string, name: string) => `${value} (${name})`,
  idle: (layers: number) =>
    `Three ${layers}-layer MLPs start from the same weights and see the same minibatches of the digits; press Train to run them side by side.`,
  diverged: 'diverged',
  testAccuracyOf: (name: string) => `test acc. ${name}`,
  shiftOf: (name: string) => `shift ${name}`,
  tableCaption:
    'Per step, for each network: test accuracy, activation quantiles of the probed unit, ‖G − G′‖ and cos(G, G′)',
  step: 'step',
  accuracyColumn: (name: string) => `acc ${name}`,
  activationChart: (unit: number, layer: number) =>
    `Activation of unit ${unit} in hidden layer ${layer}: median line and 10–90 % band over the minibatch, per step`,
  activationAxis: (layer: number) => `layer ${layer} activation`,
  accuracyChart: 'Test accuracy per step',
  testAccuracy: 'test accuracy',
  l2Chart: (layer: number) => `ICS of layer ${layer}: ‖G − G′‖₂ per step, log scale`,
  cosChart: (layer: number) => `ICS of layer ${layer}: cos(G, G′) per step`,
  l2Axis: '‖G − G′‖ (log)',
  learningRate: 'learning rate',
  noiseMean: 'noise mean range ±',
  noiseStd: 'noise std range',
  probedLayer: 'probed layer',
  hiddenLayer: (layer: number) => `hidden layer ${layer}`,
  batchSize: 'batch size',
  seed: 'seed',
};

export const messages = defineMessages(en, {
  description:
    '잡음 섞인 배치 정규화는 각 배치 정규화 층 뒤에 평균과 분산을 매 스텝 새로 뽑은 잡음을 더하므로, 다음 층의 입력 분포가 계속 움직입니다. 그래도 배치 정규화처럼 학습될까요?',
  names: { standard: '표준', bn: '배치 정규화', 'noisy-bn': '잡음 섞인 배치 정규화' },
  columnNames: { standard: '표준', bn: 'BN', 'noisy-bn': '잡음 BN' },
  accuracySummary: (step, standard, bn, noisy) =>
    `${step} 스텝 뒤 테스트 정확도는 표준 신경망 ${standard}, 배치 정규화 ${bn}, 잡음 섞인 배치 정규화 ${noisy}입니다. `,
  shiftSummary: (unit, layer, each) =>
    `은닉층 ${layer} 유닛 ${unit}의 스텝당 평균 이동량은 ${each}입니다(중앙값의 변화와 10–90 % 폭의 변화를 더한 값). `,
  icsSummary: (steps, layer, each) =>
    `최근 ${steps} 스텝 동안 층 ${layer}의 기울기 변화 ‖G − G′‖는 평균 ${each}입니다.`,
  valueOf: (value, name) => `${value}(${name})`,
  idle: (layers) =>
    `은닉층 ${layers}개인 MLP 세 개가 같은 가중치에서 출발해 숫자 이미지의 같은 미니배치를 봅니다. 학습을 눌러 나란히 실행해 보세요.`,
  diverged: '발산',
  testAccuracyOf: (name) => `테스트 정확도, ${name}`,
  shiftOf: (name) => `이동량, ${name}`,
  tableCaption:
    '스텝마다 각 신경망의 테스트 정확도, 관찰하는 유닛의 활성값 분위수, ‖G − G′‖와 cos(G, G′)',
  step: '스텝',
  accuracyColumn: (name) => `정확도 ${name}`,
  activationChart: (unit, layer) =>
    `은닉층 ${layer} 유닛 ${unit}의 활성값: 스텝마다 미니배치에 대한 중앙값(선)과 10–90 % 띠`,
  activationAxis: (layer) => `층 ${layer} 활성값`,
  accuracyChart: '스텝별 테스트 정확도',
  testAccuracy: '테스트 정확도',
  l2Chart: (layer) => `층 ${layer}의 ICS: 스텝별 ‖G − G′‖₂, 로그 눈금`,
  cosChart: (layer) => `층 ${layer}의 ICS: 스텝별 cos(G, G′)`,
  l2Axis: '‖G − G′‖ (로그)',
  learningRate: '학습률',
  noiseMean: '잡음 평균 범위 ±',
  noiseStd: '잡음 표준편차 범위',
  probedLayer: '관찰할 층',
  hiddenLayer: (layer) => `은닉층 ${layer}`,
  batchSize: '배치 크기',
  seed: '시드',
});

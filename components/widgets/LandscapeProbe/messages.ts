import type { NETWORKS } from '@/lib/experiments/landscapeProbe/landscapeProbe';
import { defineMessages } from '@/lib/site/localized';

type Network = (typeof NETWORKS)[number];

const en = {
  description:
    "Santurkar et al.'s Figure 4, measured live: at every step each network looks ahead along its gradient at several step sizes. Narrow bands and a small β mean the gradient can be trusted for a larger step.",
  names: { standard: 'standard', bn: 'batch norm' } satisfies Record<Network, string>,
  divergedAt: (name: string, step: number) => `${name} diverged at step ${step}`,
  networkDiverged: (name: string, step: number) => `The ${name} network diverged at step ${step}.`,
  summaryDone: (
    step: number,
    lr: number,
    window: number,
    betaStandard: string,
    betaBn: string,
    bandStandard: string,
    bandBn: string,
    diverged: string,
  ) =>
    `After ${step} steps at learning rate ${lr}, averaged over the last ${window} steps: effective β-smoothness ${betaStandard} without batch norm and ${betaBn} with it; the loss varies over a band of ${bandStandard} without and ${bandBn} with batch norm along the gradient step. ${diverged}`,
  summaryIdle: (hidden: number, lr: number, points: number, etaMin: number, etaMax: number) =>
    `Press Train: two ${hidden}-unit MLPs, one with batch norm, train on the digits with SGD at learning rate ${lr}; at every step each is probed at ${points} step sizes from ${etaMin} to ${etaMax} times the learning rate along its gradient.`,
  learningRate: 'learning rate',
  initScale: 'initial weight scale',
  hidden: 'hidden units',
  batchSize: 'batch size',
  seed: 'seed',
  beta: (name: string) => `beta, ${name}`,
  lossBand: (name: string) => `loss band, ${name}`,
  lossTitle: '(a) Loss landscape',
  lossChart: (etaMin: number, etaMax: number) =>
    `Loss at w − ηg for η in [${etaMin}, ${etaMax}] × lr (band) and the minibatch loss (line), per step`,
  lossAxis: 'loss (log)',
  gradientTitle: '(b) Gradient predictiveness',
  gradientChart:
    '‖∇L(w) − ∇L(w − ηg)‖ over the η grid (band) and its geometric middle (line), per step',
  gradientAxis: 'gradient change (log)',
  betaTitle: '(c) “Effective” β-smoothness',
  betaChart: 'Largest ‖∇L(w) − ∇L(w − ηg)‖ / ‖ηg‖ over the η grid, per step',
  betaAxis: 'β (log)',
  step: 'step',
  bandMin: (name: string) => `${name} min`,
  bandMax: (name: string) => `${name} max`,
};

export const messages = defineMessages(en, {
  description:
    'Santurkar 등의 그림 4를 실시간으로 잽니다. 매 스텝 각 신경망이 기울기 방향으로 여러 보폭만큼 앞을 내다봅니다. 띠가 좁고 β가 작으면 더 큰 걸음에도 기울기를 믿을 수 있다는 뜻입니다.',
  names: { standard: '표준', bn: '배치 정규화' },
  divergedAt: (name, step) => `${name}: ${step} 스텝에서 발산`,
  networkDiverged: (name, step) => `${name} 신경망은 ${step} 스텝에서 발산했습니다.`,
  summaryDone: (step, lr, window, betaStandard, betaBn, bandStandard, bandBn, diverged) =>
    `학습률 ${lr}로 ${step} 스텝 학습한 뒤, 최근 ${window} 스텝 평균: 유효 β-평활성은 배치 정규화 없이 ${betaStandard}, 배치 정규화와 함께 ${betaBn}입니다. 기울기 방향 걸음을 따라 손실이 변하는 띠의 폭은 배치 정규화 없이 ${bandStandard}, 배치 정규화와 함께 ${bandBn}입니다. ${diverged}`,
  summaryIdle: (hidden, lr, points, etaMin, etaMax) =>
    `학습을 누르세요. 은닉 유닛 ${hidden}개짜리 MLP 두 개(하나는 배치 정규화 포함)가 학습률 ${lr}의 SGD로 숫자 이미지를 학습합니다. 매 스텝 각 신경망을 기울기 방향으로 학습률의 ${etaMin}배부터 ${etaMax}배까지 보폭 ${points}개에서 조사합니다.`,
  learningRate: '학습률',
  initScale: '초기 가중치 스케일',
  hidden: '은닉 유닛 수',
  batchSize: '배치 크기',
  seed: '시드',
  beta: (name) => `베타, ${name}`,
  lossBand: (name) => `손실 띠, ${name}`,
  lossTitle: '(a) 손실 지형',
  lossChart: (etaMin, etaMax) =>
    `스텝별, η ∈ [${etaMin}, ${etaMax}] × lr에 대한 w − ηg에서의 손실(띠)과 미니배치 손실(선)`,
  lossAxis: '손실(로그)',
  gradientTitle: '(b) 기울기 예측성',
  gradientChart: '스텝별, η 격자에 걸친 ‖∇L(w) − ∇L(w − ηg)‖(띠)와 그 양 끝의 기하 평균(선)',
  gradientAxis: '기울기 변화(로그)',
  betaTitle: '(c) “유효” β-평활성',
  betaChart: '스텝별, η 격자에 걸친 ‖∇L(w) − ∇L(w − ηg)‖ / ‖ηg‖의 최댓값',
  betaAxis: 'β (로그)',
  step: '스텝',
  bandMin: (name) => `${name} 최솟값`,
  bandMax: (name) => `${name} 최댓값`,
});

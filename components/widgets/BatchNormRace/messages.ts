import { defineMessages } from '@/lib/site/localized';

const en = {
  description:
    'Solid lines have batch norm, dashed lines do not; one colour per learning rate. Raise the learning rate or move the initial weight scale away from 1 and watch which networks still train.',
  network: (bn: boolean, lr: number) => `${bn ? 'BN' : 'standard'}, lr ${lr}`,
  architectureName: (arch: 'mlp' | 'cnn') => (arch === 'mlp' ? 'MLP' : 'CNN'),
  divergedAt: (network: string, step: number) => `${network} diverged at step ${step}`,
  summaryDone: (
    step: number,
    arch: string,
    initScale: number,
    accuracies: string,
    diverged: string,
  ) =>
    `After ${step} steps of the ${arch} (initial weight scale ${initScale}), test accuracy — ${accuracies}. ${diverged}`,
  summaryIdle: (copies: number, arch: string) =>
    `Press Train: ${copies} copies of the ${arch}, half with batch norm, start from the same weights and see the same minibatches; only the learning rate and batch norm differ.`,
  architecture: 'network',
  mlp: 'MLP 64-64-64-10',
  cnn: 'small CNN',
  initScale: 'initial weight scale',
  batchSize: 'batch size',
  seed: 'seed',
  testAccuracy: (network: string) => `test acc, ${network}`,
  legend: 'Legend',
  learningRate: (lr: number) => `lr ${lr}`,
  lineStyles: 'solid: with batch norm · dashed: standard',
  lossOn: 'loss on',
  accuracyOn: 'accuracy on',
  trainingSet: 'training set',
  testSet: 'test set',
  lossChart: (split: 'train' | 'test') =>
    `Cross-entropy on the ${split === 'train' ? 'training' : 'test'} set per network, log scale`,
  lossTable: (split: 'train' | 'test') =>
    `Cross-entropy on the ${split === 'train' ? 'training' : 'test'} set`,
  accuracyChart: (split: 'train' | 'test') =>
    `Accuracy on the ${split === 'train' ? 'training' : 'test'} set per network`,
  accuracyTable: (split: 'train' | 'test') =>
    `Accuracy on the ${split === 'train' ? 'training' : 'test'} set`,
  step: 'step',
  lossLog: 'loss (log)',
  accuracy: 'accuracy',
};

export const messages = defineMessages(en, {
  description:
    '실선은 배치 정규화가 있는 네트워크, 점선은 없는 네트워크이고, 학습률마다 색이 하나씩입니다. 학습률을 올리거나 초기 가중치 배율을 1에서 멀리 옮기고, 어느 네트워크가 여전히 학습되는지 보세요.',
  network: (bn, lr) => `${bn ? 'BN' : '기본'}, lr ${lr}`,
  architectureName: (arch) => (arch === 'mlp' ? 'MLP' : 'CNN'),
  divergedAt: (network, step) => `${network}: ${step} 스텝에서 발산`,
  summaryDone: (step, arch, initScale, accuracies, diverged) =>
    `${arch}(초기 가중치 배율 ${initScale})를 ${step} 스텝 학습한 뒤의 테스트 정확도 — ${accuracies}. ${diverged}`,
  summaryIdle: (copies, arch) =>
    `학습을 누르세요. ${arch} ${copies}개(절반은 배치 정규화 포함)가 같은 가중치에서 시작해 같은 미니배치를 봅니다. 다른 것은 학습률과 배치 정규화뿐입니다.`,
  architecture: '네트워크',
  mlp: 'MLP 64-64-64-10',
  cnn: '작은 CNN',
  initScale: '초기 가중치 배율',
  batchSize: '배치 크기',
  seed: '시드',
  testAccuracy: (network) => `테스트 정확도, ${network}`,
  legend: '범례',
  learningRate: (lr) => `lr ${lr}`,
  lineStyles: '실선: 배치 정규화 있음 · 점선: 기본',
  lossOn: '손실 기준',
  accuracyOn: '정확도 기준',
  trainingSet: '훈련 세트',
  testSet: '테스트 세트',
  lossChart: (split) =>
    `네트워크별 ${split === 'train' ? '훈련' : '테스트'} 세트 교차 엔트로피, 로그 눈금`,
  lossTable: (split) => `${split === 'train' ? '훈련' : '테스트'} 세트 교차 엔트로피`,
  accuracyChart: (split) => `네트워크별 ${split === 'train' ? '훈련' : '테스트'} 세트 정확도`,
  accuracyTable: (split) => `${split === 'train' ? '훈련' : '테스트'} 세트 정확도`,
  step: '스텝',
  lossLog: '손실(로그)',
  accuracy: '정확도',
});

import { defineMessages } from '@/lib/site/localized';

const en = {
  description: (largeBatch: number) =>
    `Left: how much one unit's batch mean and variance jump between real minibatches, against m (both axes logarithmic). Right: two batch-norm networks trained with small and large batches, each seeing ${largeBatch} samples per tick.`,
  spreadSummary: (
    draws: number,
    unit: number,
    at8: string,
    at128: string,
    sigma: string,
    ref8: string,
    ref128: string,
  ) =>
    `Across ${draws} real minibatches, unit ${unit}'s batch mean has a standard deviation of ${at8} at m = 8 and ${at128} at m = 128 (the unit's own σ is ${sigma}; σ/√m gives ${ref8} and ${ref128}). `,
  runSummary: (
    ticks: number,
    epochs: string,
    small: string,
    smallTrain: string,
    smallTest: string,
    smallGap: string,
    large: string,
    largeTrain: string,
    largeTest: string,
    largeGap: string,
  ) =>
    `After ${ticks} ticks (${epochs} epochs) the ${small} network is at ${smallTrain} train and ${smallTest} test accuracy (gap ${smallGap}); the ${large} network at ${largeTrain} and ${largeTest} (gap ${largeGap}).`,
  idle: (trainSize: number, smallBatch: number, largeBatch: number) =>
    `Two batch-norm MLPs start from the same weights on ${trainSize} training digits; one learns with batches of ${smallBatch}, the other of ${largeBatch}. Press Train.`,
  /** The worker's own text ("diverged at step 12: loss became NaN"); Korean words it from the step. */
  divergedAt: (step: number, workerText: string | null) => workerText ?? `diverged at step ${step}`,
  diverged: 'diverged',
  batchMean: 'batch mean',
  batchVariance: 'batch variance',
  train: (network: string) => `train ${network}`,
  test: (network: string) => `test ${network}`,
  gap: (network: string) => `gap ${network}`,
  meanSpread: (m: number) => `mean spread, m = ${m}`,
  varianceSpread: (m: number) => `variance spread, m = ${m}`,
  spreadTable: 'Spread of the batch statistics at each batch size (latest tick)',
  stdOfMean: 'std of batch mean',
  stdOfVariance: 'std of batch variance',
  tickTable: 'Per tick: train and test accuracy and the gap, for both batch sizes',
  tick: 'tick',
  spreadChart:
    'Standard deviation across minibatches of the batch mean and batch variance against the batch size m, log–log, with the σ/√m line',
  batchSizeAxis: 'batch size m (log scale)',
  spreadAxis: 'std across batches (log)',
  accuracyChart: 'Train (dashed) and test accuracy per tick for the two batch sizes',
  accuracy: 'accuracy',
  gapChart: 'Generalisation gap, train minus test accuracy, per tick',
  gapAxis: 'train − test accuracy',
  smallBatch: 'small batch m',
  largeBatch: 'large batch m',
  learningRate: 'learning rate',
  trainingDigits: 'training digits',
  seed: 'seed',
};

export const messages = defineMessages(en, {
  description: (largeBatch) =>
    `왼쪽: 유닛 하나의 배치 평균과 배치 분산이 실제 미니배치마다 얼마나 흔들리는지를 m에 대해 그립니다(두 축 모두 로그 눈금). 오른쪽: 작은 배치와 큰 배치로 학습하는 두 배치 정규화 신경망. 둘 다 한 틱에 샘플 ${largeBatch}개를 봅니다.`,
  spreadSummary: (draws, unit, at8, at128, sigma, ref8, ref128) =>
    `실제 미니배치 ${draws}개에서 유닛 ${unit}의 배치 평균은 m = 8일 때 표준편차 ${at8}, m = 128일 때 ${at128}입니다(유닛 자체의 σ는 ${sigma}이고, σ/√m으로 계산하면 ${ref8}, ${ref128}). `,
  runSummary: (
    ticks,
    epochs,
    small,
    smallTrain,
    smallTest,
    smallGap,
    large,
    largeTrain,
    largeTest,
    largeGap,
  ) =>
    `${ticks}틱(${epochs}에폭) 뒤 ${small} 신경망의 정확도는 훈련 ${smallTrain}, 테스트 ${smallTest}(격차 ${smallGap})이고, ${large} 신경망은 훈련 ${largeTrain}, 테스트 ${largeTest}(격차 ${largeGap})입니다.`,
  idle: (trainSize, smallBatch, largeBatch) =>
    `배치 정규화 MLP 두 개가 같은 가중치에서 출발해 훈련 숫자 이미지 ${trainSize}개로 학습합니다. 하나는 배치 크기 ${smallBatch}, 다른 하나는 ${largeBatch}입니다. 학습을 누르세요.`,
  divergedAt: (step) => `${step} 스텝에서 발산했습니다.`,
  diverged: '발산',
  batchMean: '배치 평균',
  batchVariance: '배치 분산',
  train: (network) => `훈련 ${network}`,
  test: (network) => `테스트 ${network}`,
  gap: (network) => `격차 ${network}`,
  meanSpread: (m) => `평균의 흩어짐, m = ${m}`,
  varianceSpread: (m) => `분산의 흩어짐, m = ${m}`,
  spreadTable: '배치 크기별 배치 통계량의 흩어짐(최근 틱)',
  stdOfMean: '배치 평균의 표준편차',
  stdOfVariance: '배치 분산의 표준편차',
  tickTable: '틱마다 두 배치 크기의 훈련·테스트 정확도와 격차',
  tick: '틱',
  spreadChart:
    '배치 크기 m에 대한 배치 평균과 배치 분산의 미니배치 간 표준편차, 로그-로그 눈금, σ/√m 선 포함',
  batchSizeAxis: '배치 크기 m (로그 눈금)',
  spreadAxis: '배치 간 표준편차(로그)',
  accuracyChart: '두 배치 크기의 틱별 훈련(점선)·테스트 정확도',
  accuracy: '정확도',
  gapChart: '틱별 일반화 격차(훈련 정확도 − 테스트 정확도)',
  gapAxis: '훈련 − 테스트 정확도',
  smallBatch: '작은 배치 m',
  largeBatch: '큰 배치 m',
  learningRate: '학습률',
  trainingDigits: '훈련 숫자 이미지 수',
  seed: '시드',
});

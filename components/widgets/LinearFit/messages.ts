import { defineMessages } from '@/lib/site/localized';

const en = {
  description:
    "Each step runs the lecture's loop on a minibatch: zero_grad, forward y = xAᵀ + b, MSE loss, backward, step. Change a setting and train again.",
  /** `fitted` and `truth`: "a1 = 2.01, a2 = ..." lists; `b`, `trueB`: the intercepts. */
  summaryDone: (
    step: number,
    n: number,
    loss: string,
    best: string,
    fitted: string,
    b: string,
    truth: string,
    trueB: string,
  ) =>
    `After ${step} steps the mean squared error on all ${n} points is ${loss}; least squares reaches ${best}. Fitted ${fitted}, b = ${b}; the data came from ${truth}, b = ${trueB}.`,
  summaryIdle: (n: number, inputs: number) =>
    `${n} noisy points from ${inputs === 1 ? 'a line' : 'a plane'}; press Train to fit nn.Linear(${inputs}, 1) to them.`,
  diverged: 'diverged',
  mseAll: 'MSE loss (all data)',
  steps: 'steps',
  bestMse: 'best possible MSE',
  table: 'Loss and parameters after each step',
  step: 'step',
  loss: 'loss',
  lossChart: 'Mean squared error over the training steps, log scale',
  mseSeries: 'MSE (all data)',
  leastSquares: 'least squares',
  mseAxis: 'MSE (log)',
  fitLine: 'The data, the true line (dashed) and the fitted line',
  fitPlane: 'Prediction against target for every sample; a perfect fit lies on the diagonal',
  target: 'target y',
  prediction: 'prediction',
  learningRate: 'learning rate',
  noise: 'noise σ',
  batchSize: 'batch size',
  optimizer: 'optimiser',
  inputs: 'inputs',
  oneInput: '1 (a line)',
  twoInputs: '2 (a plane)',
  seed: 'seed',
};

export const messages = defineMessages(en, {
  description:
    '스텝마다 강의의 루프를 미니배치 하나에 실행합니다: zero_grad, 순전파 y = xAᵀ + b, MSE 손실, backward, step. 설정을 바꾸고 다시 학습해 보세요.',
  summaryDone: (step, n, loss, best, fitted, b, truth, trueB) =>
    `${step} 스텝 뒤 전체 점 ${n}개에 대한 평균 제곱 오차는 ${loss}이고, 최소제곱법으로는 ${best}까지 내려갑니다. 학습한 값은 ${fitted}, b = ${b}이고, 데이터를 만든 값은 ${truth}, b = ${trueB}입니다.`,
  summaryIdle: (n, inputs) =>
    `${inputs === 1 ? '직선' : '평면'}에서 뽑은 잡음 섞인 점 ${n}개입니다. 학습을 눌러 nn.Linear(${inputs}, 1)을 맞춰 보세요.`,
  diverged: '발산',
  mseAll: 'MSE 손실(전체 데이터)',
  steps: '스텝',
  bestMse: '가능한 최소 MSE',
  table: '스텝마다 손실과 파라미터',
  step: '스텝',
  loss: '손실',
  lossChart: '학습 스텝에 따른 평균 제곱 오차, 로그 눈금',
  mseSeries: 'MSE(전체 데이터)',
  leastSquares: '최소제곱법',
  mseAxis: 'MSE(로그)',
  fitLine: '데이터, 참 직선(점선)과 학습한 직선',
  fitPlane: '모든 샘플의 예측값 대 목표값. 완벽한 적합은 대각선 위에 놓입니다',
  target: '목표값 y',
  prediction: '예측값',
  learningRate: '학습률',
  noise: '잡음 σ',
  batchSize: '배치 크기',
  optimizer: '옵티마이저',
  inputs: '입력 수',
  oneInput: '1 (직선)',
  twoInputs: '2 (평면)',
  seed: '시드',
});

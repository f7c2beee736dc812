import { defineMessages } from '@/lib/site/localized';

const en = {
  description:
    'nn.Linear(1, 1) learns y = 2x + 1 from four points. Step runs the highlighted line in a PyTorch session; Train runs 200 whole iterations in a background thread.',
  /** What "the line just run" is before any line ran. */
  start: '(start)',
  /** `after`: the line just run; `values`: "weight 0.5, bias ..." as `values` words them. */
  stepSummary: (iteration: number, next: string, after: string, values: string) =>
    `Iteration ${iteration}, next line: ${next}. After ${after}: ${values}.`,
  values: (
    weight: string,
    bias: string,
    weightGrad: string,
    biasGrad: string,
    loss: string | null,
  ) =>
    `weight ${weight}, bias ${bias}, weight.grad ${weightGrad}, bias.grad ${biasGrad}${loss !== null ? `, loss ${loss}` : ''}`,
  runSummary: (loss: string, steps: number, weight: string, bias: string) =>
    ` The full run reached loss ${loss} after ${steps} steps with weight ${weight} and bias ${bias} (the points lie on y = 2x + 1).`,
  diverged: 'diverged',
  skipZeroGrad: 'Skip optimizer.zero_grad() (gradients accumulate)',
  loss: 'loss',
  runLoss: 'loss (200-step run)',
  stepTable: 'Parameters and gradients after each line run with Step',
  iteration: 'iteration',
  line: 'line',
  runTable: 'Loss, weight and bias after each step of the full run',
  step: 'step',
  runData: 'Show data of the run',
  theLoop: 'The loop',
  lossChart: 'MSE loss over 200 SGD steps, log scale',
  mseLoss: 'MSE loss',
  lossAxis: 'loss (log)',
};

export const messages = defineMessages(en, {
  description:
    'nn.Linear(1, 1)이 점 네 개로 y = 2x + 1을 학습합니다. 한 단계는 강조된 줄을 PyTorch 세션에서 실행하고, 학습은 백그라운드 스레드에서 전체 반복 200번을 실행합니다.',
  start: '(시작)',
  stepSummary: (iteration, next, after, values) =>
    `반복 ${iteration}, 다음 줄: ${next}. ${after} 뒤: ${values}.`,
  values: (weight, bias, weightGrad, biasGrad, loss) =>
    `weight ${weight}, bias ${bias}, weight.grad ${weightGrad}, bias.grad ${biasGrad}${loss !== null ? `, 손실 ${loss}` : ''}`,
  runSummary: (loss, steps, weight, bias) =>
    ` 전체 실행은 ${steps} 스텝 뒤 손실 ${loss}, weight ${weight}, bias ${bias}에 이르렀습니다(점들은 y = 2x + 1 위에 있습니다).`,
  diverged: '발산',
  skipZeroGrad: 'optimizer.zero_grad() 건너뛰기(기울기가 누적됩니다)',
  loss: '손실',
  runLoss: '손실(200스텝 실행)',
  stepTable: '한 단계로 실행한 줄마다 파라미터와 기울기',
  iteration: '반복',
  line: '줄',
  runTable: '전체 실행의 스텝마다 손실, weight, bias',
  step: '스텝',
  runData: '실행 데이터 보기',
  theLoop: '학습 루프',
  lossChart: 'SGD 200스텝 동안의 MSE 손실, 로그 눈금',
  mseLoss: 'MSE 손실',
  lossAxis: '손실(로그)',
});

import { defineMessages } from '@/lib/site/localized';

/** The three ready-made batches, by their key in the view's preset list. */
export type PresetKey = 'rows' | 'images' | 'single';

const en = {
  description:
    "Every number comes from a float64 re-implementation of PyTorch's layer; press Run repeatedly to watch the running statistics converge, then switch to eval mode.",
  idle: 'Edit the batch and press Run: the layer normalises it and updates its running statistics; press Run again to feed it another batch.',
  raises: (errorType: string, error: string) => `PyTorch raises ${errorType}: ${error}`,
  channelLine: (training: boolean, c: number, shape: string, count: number) =>
    `${training ? 'Training mode' : 'Eval mode'}: channel ${c} of ${shape} input, ${count} values. `,
  batchLine: (mean: string, variance: string) =>
    `Batch mean ${mean}, biased variance ${variance}. `,
  runningLine: (batches: number, mean: string, variance: string) =>
    `After ${batches} training batches running_mean is ${mean} and running_var ${variance}. `,
  gradientLine: (gamma: string, beta: string) => `Gradients: dL/dgamma ${gamma}, dL/dbeta ${beta}.`,
  problems: {
    shape: 'the shape needs 1 to 4 whole sizes',
    inputCount: (count: number, size: number) =>
      `the input has ${count} values, the shape needs ${size}`,
    inputNaN: 'the input has something that is not a number',
    gradCount: (count: number, size: number) =>
      `the gradient has ${count} values, the shape needs ${size}`,
    gradNaN: 'the gradient has something that is not a number',
    gammaNaN: 'γ has something that is not a number',
    betaNaN: 'β has something that is not a number',
  },
  /** Joins the problems into one status line. */
  problemList: (problems: string[]) => problems.join('; '),
  preset: 'preset',
  yourOwn: 'your own',
  presets: {
    rows: '4 samples x 3 features (BatchNorm1d)',
    images: '2 images x 2 channels x 2 x 2 (BatchNorm2d)',
    single: 'one sample (error in training)',
  } satisfies Record<PresetKey, string>,
  layer: 'layer',
  mode: 'mode',
  byDefault: (value: string) => `${value} (default)`,
  cumulative: 'None (cumulative)',
  inputShape: 'input shape',
  gamma: 'γ (weight)',
  beta: 'β (bias)',
  input: 'input x (row-major)',
  upstream: 'upstream gradient g = ∂L/∂y',
  batchMean: (c: number) => `batch mean, ch ${c}`,
  batchVar: (c: number) => `batch var (1/m), ch ${c}`,
  tableCaption: 'Every input value with its x̂, y, upstream gradient and ∂L/∂x (row-major)',
  index: 'index',
  showChannel: 'show channel',
  channel: (i: number) => `channel ${i}`,
  channelValues: (c: number) => `Channel ${c}, value by value`,
  code: 'The same step in PyTorch',
  unbiased: 'unbiased',
};

export const messages = defineMessages(en, {
  description:
    '모든 숫자는 PyTorch 층을 float64로 다시 구현한 코드가 계산합니다. 실행을 여러 번 눌러 이동 통계량이 수렴하는 모습을 보고, 평가 모드로 바꿔 보세요.',
  idle: '배치를 고치고 실행을 누르세요. 층이 배치를 정규화하고 이동 통계량을 갱신합니다. 실행을 다시 누르면 배치를 한 번 더 넣습니다.',
  raises: (errorType, error) => `PyTorch에서 ${errorType} 발생: ${error}`,
  channelLine: (training, c, shape, count) =>
    `${training ? '훈련 모드' : '평가 모드'}: ${shape} 입력의 채널 ${c}, 값 ${count}개. `,
  batchLine: (mean, variance) => `배치 평균 ${mean}, 편향된 분산 ${variance}. `,
  runningLine: (batches, mean, variance) =>
    `훈련 배치 ${batches}개를 거친 뒤 running_mean은 ${mean}, running_var는 ${variance}입니다. `,
  gradientLine: (gamma, beta) => `기울기: dL/dgamma ${gamma}, dL/dbeta ${beta}.`,
  problems: {
    shape: '모양은 1~4개의 정수 크기여야 합니다',
    inputCount: (count, size) => `입력값이 ${count}개인데 모양에는 ${size}개가 필요합니다`,
    inputNaN: '입력에 숫자가 아닌 것이 있습니다',
    gradCount: (count, size) => `기울기 값이 ${count}개인데 모양에는 ${size}개가 필요합니다`,
    gradNaN: '기울기에 숫자가 아닌 것이 있습니다',
    gammaNaN: 'γ에 숫자가 아닌 것이 있습니다',
    betaNaN: 'β에 숫자가 아닌 것이 있습니다',
  },
  problemList: (problems) => `${problems.join('. ')}.`,
  preset: '예시 배치',
  yourOwn: '직접 입력',
  presets: {
    rows: '샘플 4개 x 특성 3개 (BatchNorm1d)',
    images: '이미지 2개 x 채널 2개 x 2 x 2 (BatchNorm2d)',
    single: '샘플 하나 (훈련 모드에서 오류)',
  },
  layer: '층',
  mode: '모드',
  byDefault: (value) => `${value} (기본값)`,
  cumulative: 'None (누적 평균)',
  inputShape: '입력 모양',
  gamma: 'γ (weight)',
  beta: 'β (bias)',
  input: '입력 x (행 우선 순서)',
  upstream: '위에서 내려온 기울기 g = ∂L/∂y',
  batchMean: (c) => `배치 평균, 채널 ${c}`,
  batchVar: (c) => `배치 분산(1/m), 채널 ${c}`,
  tableCaption: '모든 입력값과 그 x̂, y, 위에서 내려온 기울기, ∂L/∂x (행 우선 순서)',
  index: '인덱스',
  showChannel: '볼 채널',
  channel: (i) => `채널 ${i}`,
  channelValues: (c) => `채널 ${c}의 값 하나하나`,
  code: '같은 단계를 PyTorch로',
  unbiased: '불편 분산',
});

import { formatNumber } from '@/lib/site/format';
import { defineMessages } from '@/lib/site/localized';

/** What the summary reports of the current window; sizes are written `H×W`, unknown ones `…`. */
export interface WindowSummary {
  /** `Conv2d(k=3, s=1, p=1, d=1)`: the layer as code. */
  layer: string;
  transposed: boolean;
  grid: string;
  formula: string;
  tfjs: string;
  row: number;
  col: number;
  taps: number;
  value: number | null;
}

const en = {
  filters: {
    'vertical-edges': 'vertical edges',
    'horizontal-edges': 'horizontal edges',
    laplacian: 'Laplacian (spots)',
    box: 'box (mean)',
  } as Record<string, string>,
  layer: 'layer',
  kernel: 'kernel k',
  stride: 'stride s',
  padding: 'padding p',
  dilation: 'dilation d',
  kernelValues: 'kernel values',
  sample: 'digit (row of the data set)',
  descriptionTransposed:
    'The input with s − 1 zeros between pixels and d(k − 1) − p zeros around it (dashed), convolved with the flipped kernel at stride 1.',
  descriptionDirect:
    'The kernel’s taps (outlined) on the padded input (padding dashed); each stop of the window fills one output pixel.',
  sizeMismatch: (tfjs: string, formula: string) =>
    `tfjs returned ${tfjs}, the formula says ${formula}`,
  valueMismatch: (tfjs: number, row: number, col: number, sum: number) =>
    `tfjs gives ${tfjs} at (${row}, ${col}), the window sum ${sum}`,
  summary: (s: WindowSummary) =>
    `${s.layer} on an 8×8 digit: the ${s.transposed ? 'zero-inserted, padded' : 'padded'} input is ${s.grid}, the output ${s.formula} (formula) and ${s.tfjs} (tfjs). Output pixel (${s.row}, ${s.col}) is the sum of ${s.taps} products = ${s.value === null ? '…' : formatNumber(s.value, 4, 'en')}.`,
  /** `error` is PyTorch's message. */
  invalid: (layer: string, error: string) =>
    `${layer} is not a valid layer for an 8×8 input: ${error}`,
  play: 'Play',
  outputHeight: 'output H (formula)',
  outputWidth: 'output W (formula)',
  tfjsHeight: 'output H (tfjs)',
  tfjsWidth: 'output W (tfjs)',
  value: (row: number, col: number) => `output[${row}, ${col}]`,
  tableCaption: 'Output values computed by tfjs, row by row',
  row: 'row',
  col: (c: number) => `col ${c}`,
  input: 'input',
  output: 'output',
  inputLabel: (h: number, w: number, row: number, col: number) =>
    `Input grid ${h} by ${w} with the kernel window at output pixel ${row}, ${col}`,
  outputLabel: (h: number, w: number, row: number, col: number) =>
    `Output grid ${h} by ${w}, filled up to pixel ${row}, ${col}`,
  checkerboardTitle: 'The checkerboard a strided transposed convolution leaves',
  checkerboard: (n: number, k: number, s: number, size: number, counts: string) =>
    `ConvTranspose2d(k=${k}, s=${s}) of an all-ones ${n}×${n} input with an all-ones kernel, computed by tfjs: ${size}×${size}. Every input pixel stamps a ${k}×${k} copy of the kernel, ${s} pixels from the last. Because ${k} is not a multiple of ${s}, the copies overlap unevenly: away from the border the output takes the values ${counts}, in a checkerboard, though the input and the kernel are flat. Generators that upsample this way paint the pattern into their images; a kernel size divisible by the stride, or resize-then-convolve, avoids it.`,
  checkerboardLabel: (size: number, counts: string) =>
    `Output of the transposed convolution, ${size} by ${size}: values ${counts} in a checkerboard`,
};

export const messages = defineMessages(en, {
  filters: {
    'vertical-edges': '세로 경계',
    'horizontal-edges': '가로 경계',
    laplacian: '라플라시안(점)',
    box: '박스(평균)',
  },
  layer: '층',
  kernel: '커널 크기 k',
  stride: '스트라이드 s',
  padding: '패딩 p',
  dilation: '팽창 d',
  kernelValues: '커널 값',
  sample: '숫자 이미지(데이터 세트의 행)',
  descriptionTransposed:
    '픽셀 사이에 0을 s − 1개, 주위에 0을 d(k − 1) − p칸(점선) 덧댄 입력을, 뒤집은 커널로 스트라이드 1로 합성곱합니다.',
  descriptionDirect:
    '패딩한 입력(패딩은 점선) 위에 커널의 탭(윤곽선)을 표시합니다. 창이 한 번 멈출 때마다 출력 픽셀 하나가 채워집니다.',
  sizeMismatch: (tfjs, formula) =>
    `tfjs가 돌려준 크기는 ${tfjs}, 공식이 주는 크기는 ${formula}입니다`,
  valueMismatch: (tfjs, row, col, sum) =>
    `(${row}, ${col})에서 tfjs 값은 ${tfjs}, 창의 합은 ${sum}입니다`,
  summary: (s) =>
    `8×8 숫자 이미지에 적용한 ${s.layer}: ${s.transposed ? '0을 끼워 넣고 패딩한' : '패딩한'} 입력은 ${s.grid}, 출력은 ${s.formula}(공식), ${s.tfjs}(tfjs)입니다. 출력 픽셀 (${s.row}, ${s.col})의 값은 곱 ${s.taps}개의 합 = ${s.value === null ? '…' : formatNumber(s.value, 4, 'ko')}입니다.`,
  invalid: (layer, error) => `${layer}: 8×8 입력에는 쓸 수 없는 층입니다. ${error}`,
  play: '재생',
  outputHeight: '출력 H(공식)',
  outputWidth: '출력 W(공식)',
  tfjsHeight: '출력 H(tfjs)',
  tfjsWidth: '출력 W(tfjs)',
  value: (row, col) => `출력[${row}, ${col}]`,
  tableCaption: 'tfjs로 계산한 출력 값(행별)',
  row: '행',
  col: (c) => `${c}열`,
  input: '입력',
  output: '출력',
  inputLabel: (h, w, row, col) => `입력 격자 ${h}×${w}, 출력 픽셀 (${row}, ${col})의 커널 창 표시`,
  outputLabel: (h, w, row, col) => `출력 격자 ${h}×${w}, 픽셀 (${row}, ${col})까지 채움`,
  checkerboardTitle: '스트라이드가 있는 전치 합성곱이 남기는 체커보드 무늬',
  checkerboard: (n, k, s, size, counts) =>
    `모두 1인 ${n}×${n} 입력에 모두 1인 커널로 ConvTranspose2d(k=${k}, s=${s})를 적용해 tfjs로 계산한 결과(${size}×${size})입니다. 입력 픽셀 하나하나가 커널의 ${k}×${k} 사본을 찍고, 사본은 앞의 것에서 ${s}픽셀씩 떨어져 있습니다. 커널 크기(${k})가 스트라이드(${s})의 배수가 아니므로 사본들이 고르지 않게 겹칩니다. 입력과 커널이 평평한데도, 가장자리에서 떨어진 곳의 출력은 ${counts} 값을 체커보드 모양으로 가집니다. 이렇게 업샘플링하는 생성기는 이미지에 이 무늬를 그려 넣습니다. 스트라이드로 나누어떨어지는 커널 크기를 쓰거나, 크기를 먼저 키운 뒤 합성곱하면(resize-then-convolve) 피할 수 있습니다.`,
  checkerboardLabel: (size, counts) =>
    `전치 합성곱의 출력 ${size}×${size}: 체커보드 모양의 값 ${counts}`,
});

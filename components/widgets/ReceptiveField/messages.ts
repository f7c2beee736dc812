import type { StackPreset } from '@/lib/pytorch/conv/receptiveFieldPresets';
import { formatNumber } from '@/lib/site/format';
import { defineMessages } from '@/lib/site/localized';

type Weights = 'ones' | 'random' | 'trained';
type Range = readonly [number, number];

/** The chosen output pixel's theoretical field, as the summary reports it. */
export interface FieldSummary {
  pixel: Range;
  output: Range;
  size: number;
  rows: Range;
  cols: Range;
  /** Part of the field lies in the zero padding. */
  partlyPadding: boolean;
  jump: number;
}

const en = {
  presets: {
    stacked3x3: 'three 3×3 convolutions',
    dilated124: 'dilations 1, 2, 4',
    strided: 'stride 2, twice',
  } as Record<StackPreset, string>,
  weightOptions: {
    ones: 'all ones',
    random: 'random (seeded)',
    trained: 'trained on digits',
  } as Record<Weights, string>,
  noConvolution:
    'This stack has no convolution, so it has no kernel to train: add a convolution layer.',
  cannotTrain: (problem: string) => `It cannot be trained: ${problem} `,
  trainedKernels: (step: number, accuracy: number) =>
    `The heatmap uses the kernels after ${step} steps on the digits (test accuracy ${formatNumber(accuracy * 100, 3, 'en')}%, chance 10%). `,
  initialKernels: (seed: number) =>
    `The heatmap uses the seeded initial kernels (seed ${seed}), before any training: press Train to learn them on the digits. `,
  doesNotFit: (size: number, error: string) =>
    `This stack does not fit a ${size}×${size} input: ${error}`,
  field: (f: FieldSummary) =>
    `Output pixel (${f.pixel[0]}, ${f.pixel[1]}) of the ${f.output[0]}×${f.output[1]} output has a theoretical receptive field of ${f.size}×${f.size} input pixels (rows ${f.rows[0]}–${f.rows[1]}, columns ${f.cols[0]}–${f.cols[1]}${f.partlyPadding ? ', partly in the zero padding' : ''}); neighbouring outputs are ${f.jump} input pixels apart. `,
  gradient: (nonzero: number, area: number, largest: number) =>
    `Its gradient with respect to the input is nonzero on ${nonzero} of the ${area} pixels of that field inside the image${nonzero < area ? ' — the rest are holes left by dilation or stride' : ''}; the largest magnitude is ${formatNumber(largest, 3, 'en')}.`,
  gradientZero: 'Its gradient is zero everywhere: it sees only padding.',
  computing: 'Computing the gradient…',
  description:
    'Build a stack, then move over (or focus and use the arrow keys on) the output map. Left: the input pixels the chosen output pixel can see. Right: how much each of them moves it — the gradient, computed by tf.grad.',
  preset: 'preset',
  inputSize: 'input size',
  weights: 'weights',
  seed: 'seed',
  receptiveField: 'receptive field',
  jump: 'jump',
  nonzeroPixels: 'nonzero gradient pixels',
  outputSide: 'output side',
  spread: 'gradient spread (px, RMS)',
  testAccuracy: 'test accuracy',
  batchLoss: 'batch loss',
  gradientTable: (row: number, col: number) =>
    `Gradient of output pixel (${row}, ${col}) with respect to the input, inside its nonzero box`,
  row: 'row',
  col: (c: number) => `col ${c}`,
  outputTitle: (h: number, w: number) => `Output map (${h}×${w}): pick a pixel`,
  outputNote:
    "Colour: the share of each pixel's receptive field on the image rather than in the padding.",
  outputLabel: (h: number, w: number) =>
    `Output map, ${h} by ${w}; move to choose the output pixel`,
  theoreticalTitle: 'Theoretical receptive field on the input',
  theoreticalNote: (rows: Range, cols: Range) =>
    `The box: rows ${rows[0]}–${rows[1]}, columns ${cols[0]}–${cols[1]}. Colour: how many output pixels see each input pixel.`,
  theoreticalLabel: (size: number, pixel: string) =>
    `Input ${size} by ${size}: the theoretical receptive field of output pixel ${pixel} as a box; colour counts the output pixels that see each input pixel`,
  effectiveTitle: 'Effective: ∂ output / ∂ input',
  kernelsAfter: (step: number) => `Kernels after ${step} steps on the digits. `,
  kernelsInitial: 'Initial kernels, before training. ',
  nonzeroBox: (count: number, rows: Range, cols: Range) =>
    `Nonzero on ${count} pixels, rows ${rows[0]}–${rows[1]}, columns ${cols[0]}–${cols[1]}.`,
  chosenGradient: 'The gradient of the chosen output pixel.',
  effectiveLabel: (size: number, pixel: string) =>
    `Input ${size} by ${size}: gradient of output pixel ${pixel} with respect to each input pixel`,
  loadingTf: 'Loading TensorFlow.js…',
  // The layer editor and the per-layer table
  layer: (i: number) => `layer ${i}`,
  type: 'type',
  convolution: 'convolution',
  averagePool: 'average pool',
  kernel: 'kernel',
  stride: 'stride',
  padding: 'padding',
  dilation: 'dilation',
  remove: 'Remove',
  removeLayer: (i: number) => `Remove layer ${i}`,
  addLayer: 'Add layer',
  tableRegion: 'Size, jump and receptive field after each layer',
  tableCaption: 'After each layer',
  layerColumn: 'layer',
  outputSize: 'output size',
  input: 'input',
  conv: 'conv',
  pool: 'avg pool',
};

export const messages = defineMessages(en, {
  presets: {
    stacked3x3: '3×3 합성곱 세 개',
    dilated124: '팽창 1, 2, 4',
    strided: '스트라이드 2를 두 번',
  },
  weightOptions: { ones: '모두 1', random: '무작위(시드 고정)', trained: '숫자로 학습' },
  noConvolution: '이 층 구성에는 합성곱이 없어 학습할 커널이 없습니다. 합성곱 층을 추가하세요.',
  cannotTrain: (problem) => `학습할 수 없습니다: ${problem} `,
  trainedKernels: (step, accuracy) =>
    `히트맵은 숫자로 ${step} 스텝 학습한 뒤의 커널을 씁니다(테스트 정확도 ${formatNumber(accuracy * 100, 3, 'ko')}%, 무작위 추측은 10%). `,
  initialKernels: (seed) =>
    `히트맵은 학습 전, 시드로 정한 초기 커널(시드 ${seed})을 씁니다. 학습을 누르면 숫자로 커널을 학습합니다. `,
  doesNotFit: (size, error) => `이 층 구성은 ${size}×${size} 입력에 맞지 않습니다: ${error}`,
  field: (f) =>
    `${f.output[0]}×${f.output[1]} 출력에서 픽셀 (${f.pixel[0]}, ${f.pixel[1]})의 이론적 수용 영역은 입력 픽셀 ${f.size}×${f.size}입니다(${f.rows[0]}–${f.rows[1]}행, ${f.cols[0]}–${f.cols[1]}열${f.partlyPadding ? ', 일부는 0 패딩 위' : ''}). 이웃한 출력끼리는 입력 픽셀 ${f.jump}칸씩 떨어져 있습니다. `,
  gradient: (nonzero, area, largest) =>
    `입력에 대한 기울기는 이미지 안에 있는 그 영역의 픽셀 ${area}개 중 ${nonzero}개에서 0이 아닙니다${nonzero < area ? '. 나머지는 팽창이나 스트라이드가 남긴 구멍입니다' : ''}. 가장 큰 크기는 ${formatNumber(largest, 3, 'ko')}입니다.`,
  gradientZero: '기울기가 어디서나 0입니다. 이 픽셀은 패딩만 봅니다.',
  computing: '기울기를 계산하는 중…',
  description:
    '층을 쌓은 뒤 출력 맵 위로 포인터를 움직이세요(또는 포커스를 준 뒤 화살표 키를 쓰세요). 왼쪽은 선택한 출력 픽셀이 볼 수 있는 입력 픽셀, 오른쪽은 그 입력 픽셀 하나하나가 출력을 얼마나 움직이는지, 곧 tf.grad로 계산한 기울기입니다.',
  preset: '프리셋',
  inputSize: '입력 크기',
  weights: '가중치',
  seed: '시드',
  receptiveField: '수용 영역',
  jump: '점프',
  nonzeroPixels: '기울기가 0이 아닌 픽셀',
  outputSide: '출력 한 변',
  spread: '기울기 퍼짐(px, RMS)',
  testAccuracy: '테스트 정확도',
  batchLoss: '배치 손실',
  gradientTable: (row, col) =>
    `출력 픽셀 (${row}, ${col})의 입력에 대한 기울기(0이 아닌 값을 감싸는 상자 안)`,
  row: '행',
  col: (c) => `${c}열`,
  outputTitle: (h, w) => `출력 맵(${h}×${w}): 픽셀을 고르세요`,
  outputNote: '색: 각 픽셀의 수용 영역 중 패딩이 아니라 이미지 위에 있는 비율.',
  outputLabel: (h, w) => `출력 맵 ${h}×${w}. 움직여서 출력 픽셀을 고릅니다`,
  theoreticalTitle: '입력 위의 이론적 수용 영역',
  theoreticalNote: (rows, cols) =>
    `상자: ${rows[0]}–${rows[1]}행, ${cols[0]}–${cols[1]}열. 색: 각 입력 픽셀을 보는 출력 픽셀의 수.`,
  theoreticalLabel: (size, pixel) =>
    `입력 ${size}×${size}: 출력 픽셀 (${pixel})의 이론적 수용 영역을 상자로 표시. 색은 각 입력 픽셀을 보는 출력 픽셀의 수`,
  effectiveTitle: '유효 수용 영역: ∂ 출력 / ∂ 입력',
  kernelsAfter: (step) => `숫자로 ${step} 스텝 학습한 뒤의 커널. `,
  kernelsInitial: '학습 전 초기 커널. ',
  nonzeroBox: (count, rows, cols) =>
    `0이 아닌 픽셀 ${count}개, ${rows[0]}–${rows[1]}행, ${cols[0]}–${cols[1]}열.`,
  chosenGradient: '선택한 출력 픽셀의 기울기.',
  effectiveLabel: (size, pixel) =>
    `입력 ${size}×${size}: 각 입력 픽셀에 대한 출력 픽셀 (${pixel})의 기울기`,
  loadingTf: 'TensorFlow.js를 불러오는 중…',
  layer: (i) => `층 ${i}`,
  type: '종류',
  convolution: '합성곱',
  averagePool: '평균 풀링',
  kernel: '커널',
  stride: '스트라이드',
  padding: '패딩',
  dilation: '팽창',
  remove: '삭제',
  removeLayer: (i) => `층 ${i} 삭제`,
  addLayer: '층 추가',
  tableRegion: '층마다 출력 크기, 점프, 수용 영역',
  tableCaption: '각 층을 지난 뒤',
  layerColumn: '층',
  outputSize: '출력 크기',
  input: '입력',
  conv: '합성곱',
  pool: '평균 풀링',
});

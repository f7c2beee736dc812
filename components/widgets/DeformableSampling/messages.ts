import { formatNumber } from '@/lib/site/format';
import { defineMessages } from '@/lib/site/localized';

/** What the summary reports after a test pass. */
export interface SamplingSummary {
  step: number;
  loss: number;
  accuracy: number;
  meanOffset: number;
  where: string;
  /** 1-based number of the test digit shown. */
  example: number;
  meanMoved: number;
  farthest: string;
  farthestMoved: number;
}

const en = {
  /** The nine taps, row by row from the top left. */
  taps: [
    'top-left',
    'top',
    'top-right',
    'left',
    'centre',
    'right',
    'bottom-left',
    'bottom',
    'bottom-right',
  ],
  where: (row: number, column: number) => `row ${row}, column ${column}`,
  summaryDone: (s: SamplingSummary) => {
    const n = (v: number) => formatNumber(v, 3, 'en');
    return `After ${s.step} steps the batch loss is ${n(s.loss)} and test accuracy ${n(s.accuracy * 100)}% (chance 10%). Offsets average ${n(s.meanOffset)} pixels over the test digits. At ${s.where} of test digit ${s.example}, the nine taps moved ${n(s.meanMoved)} pixels on average; the ${s.farthest} tap moved farthest, ${n(s.farthestMoved)} pixels.`;
  },
  summaryIdle: (where: string, maxRotation: number, maxScale: number) =>
    `The offset branch starts at zero, so the nine taps at ${where} sit on the regular 3×3 grid. Press Train to learn the offsets on digits rotated up to ±${maxRotation}° and scaled by up to ${maxScale}×.`,
  description:
    'A small classifier whose first layer is a 3×3 deformable convolution learns on randomly rotated and scaled digits. Rings mark the regular grid of the chosen output pixel, dots the learned sampling points. Click a pixel or focus the digit and use the arrow keys.',
  maxRotation: 'max rotation (°)',
  maxScale: 'max scale',
  learningRate: 'learning rate (Adam)',
  seed: 'seed',
  testDigit: 'test digit',
  batchLoss: 'batch loss',
  testAccuracy: 'test accuracy',
  meanOffset: 'mean |offset| (px)',
  tapsCaption: (where: string, example: number) =>
    `The nine taps at ${where} of test digit ${example} (row, column in pixels)`,
  tapsColumns: [
    'tap',
    'regular row',
    'regular column',
    'learned row',
    'learned column',
    'moved (px)',
  ],
  curvesCaption: 'Batch loss every step; test accuracy and mean offset every 10 steps',
  step: 'step',
  samplingLabel: (example: number, where: string) =>
    `Test digit ${example} with the nine sampling points of the output at ${where}`,
  locationLabel: (row: number, column: number, size: number) =>
    `Output location row ${row}, column ${column} of ${size}; arrow keys move it`,
  curvesLabel: 'Batch loss and test accuracy over the training steps',
  curvesAxis: 'loss · accuracy · px',
  diverged: 'diverged',
};

export const messages = defineMessages(en, {
  taps: [
    '왼쪽 위',
    '위',
    '오른쪽 위',
    '왼쪽',
    '가운데',
    '오른쪽',
    '왼쪽 아래',
    '아래',
    '오른쪽 아래',
  ],
  where: (row, column) => `${row}행 ${column}열`,
  summaryDone: (s) => {
    const n = (v: number) => formatNumber(v, 3, 'ko');
    return `${s.step} 스텝 뒤 배치 손실은 ${n(s.loss)}, 테스트 정확도는 ${n(s.accuracy * 100)}%입니다(무작위 추측은 10%). 테스트 숫자 전체에서 오프셋 크기의 평균은 ${n(s.meanOffset)}픽셀입니다. 테스트 숫자 ${s.example}의 ${s.where}에서 탭 아홉 개는 평균 ${n(s.meanMoved)}픽셀 움직였고, 가장 멀리 움직인 것은 ${s.farthest} 탭으로 ${n(s.farthestMoved)}픽셀입니다.`;
  },
  summaryIdle: (where, maxRotation, maxScale) =>
    `오프셋 가지는 0에서 시작하므로, ${where}의 탭 아홉 개는 규칙적인 3×3 격자 위에 있습니다. 학습을 누르면 최대 ±${maxRotation}° 회전하고 최대 ${maxScale}배까지 크기가 바뀐 숫자로 오프셋을 학습합니다.`,
  description:
    '첫 층이 3×3 변형 가능 합성곱(deformable convolution)인 작은 분류기가 무작위로 회전하고 크기가 바뀐 숫자로 학습합니다. 고리는 선택한 출력 픽셀의 규칙적인 격자를, 점은 학습된 샘플링 위치를 나타냅니다. 픽셀을 클릭하거나, 숫자 그림에 포커스를 준 뒤 화살표 키를 쓰세요.',
  maxRotation: '최대 회전(°)',
  maxScale: '최대 배율',
  learningRate: '학습률(Adam)',
  seed: '시드',
  testDigit: '테스트 숫자',
  batchLoss: '배치 손실',
  testAccuracy: '테스트 정확도',
  meanOffset: '평균 |오프셋|(px)',
  tapsCaption: (where, example) =>
    `테스트 숫자 ${example}의 ${where}에 있는 탭 아홉 개(행, 열, 픽셀 단위)`,
  tapsColumns: ['탭', '격자 행', '격자 열', '학습된 행', '학습된 열', '이동 거리(px)'],
  curvesCaption: '스텝마다 배치 손실, 10 스텝마다 테스트 정확도와 평균 오프셋',
  step: '스텝',
  samplingLabel: (example, where) => `테스트 숫자 ${example}: ${where} 출력의 샘플링 위치 아홉 개`,
  locationLabel: (row, column, size) =>
    `출력 위치 ${row}행 ${column}열(${size}×${size} 중). 화살표 키로 옮길 수 있습니다`,
  curvesLabel: '학습 스텝에 따른 배치 손실과 테스트 정확도',
  curvesAxis: '손실 · 정확도 · px',
  diverged: '발산',
});

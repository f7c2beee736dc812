import type { KernelPreset } from '@/lib/pytorch/conv/kernelPresets';
import { formatNumber } from '@/lib/site/format';
import { defineMessages } from '@/lib/site/localized';

/** What the summary says of a filtered digit; `column` and `row` are already written out. */
export interface Factorisation {
  rank: number;
  singularValues: readonly number[];
  K: number;
  column: string;
  row: string;
  /** Rank-1 error in the Frobenius norm. */
  error: number;
  index: number;
  label: number | null;
  maxDifference: number;
}

const en = {
  presets: {
    sobelX: 'Sobel x',
    sobelY: 'Sobel y',
    box: 'box blur',
    gaussian: 'Gaussian',
    laplacian: 'Laplacian',
    random: 'random',
  } as Record<KernelPreset, string>,
  description:
    'Edit the 3×3 kernel or pick a preset. Its singular values say whether it is a column times a row; then a handwritten digit is filtered both ways by tfjs conv2d.',
  summary: (f: Factorisation, separable: boolean) => {
    const n = (v: number) => formatNumber(v, 3, 'en');
    return (
      `The kernel has rank ${f.rank} (singular values ${f.singularValues.map(n).join(', ')}). ` +
      (separable
        ? `It is the column [${f.column}] times the row [${f.row}], so filtering costs ${2 * f.K} multiplications per pixel instead of ${f.K * f.K}. On digit ${f.index} (a ${f.label}) the two results differ by at most ${n(f.maxDifference)}.`
        : `It is not separable: the best column-times-row approximation misses it by ${n(f.error)} (Frobenius norm), and on digit ${f.index} (a ${f.label}) the filtered images differ by up to ${n(f.maxDifference)}.`)
    );
  },
  loadFailed: (error: string) => `Could not load the digits: ${error}`,
  loading: 'Loading TensorFlow.js and the digits…',
  digitPanel: (index: number, label: number | null) => `digit ${index} (a ${label}), 8×8`,
  kernelPanel: (K: number) => `${K}×${K} kernel`,
  separablePanel: (separable: boolean): string =>
    separable ? `column, then row` : 'column, then row (rank-1 approximation)',
  preset: 'preset',
  digit: 'digit (index)',
  seed: 'seed (random)',
  rank: 'rank',
  singularValue: (i: number) => `singular value ${i}`,
  multiplicationsDirect: 'multiplications / pixel, K×K',
  multiplicationsSeparable: 'column + row',
  maxDifference: 'max |difference|',
  rank1Error: 'rank-1 error (Frobenius)',
  tableCaption: 'Each pixel: the digit, the K×K result and the column-then-row result',
  columns: ['row', 'column', 'digit', 'K×K', 'column then row'],
  noteSeparable: (K: number) =>
    `Rank 1: σ₂ = σ₃ = 0 up to rounding. Two 1-D passes, ${K} + ${K} = ${2 * K} multiplications per pixel instead of ${K * K}.`,
  noteNotSeparable: (rank: number, sigma2: number, error: number) =>
    `Rank ${rank}: σ₂ = ${formatNumber(sigma2, 3, 'en')} is not 0, so no column times row equals this kernel. Shown is the best one, σ₁u₁v₁ᵀ; it misses by √(σ₂² + σ₃²) = ${formatNumber(error, 3, 'en')}.`,
  kernelLegend: 'kernel (editable)',
  cell: (row: number, column: number) => `row ${row}, column ${column}`,
};

export const messages = defineMessages(en, {
  presets: {
    sobelX: '소벨 x',
    sobelY: '소벨 y',
    box: '박스 블러',
    gaussian: '가우시안',
    laplacian: '라플라시안',
    random: '무작위',
  },
  description:
    '3×3 커널을 편집하거나 프리셋을 고르세요. 특잇값을 보면 커널이 열과 행의 곱인지 알 수 있습니다. 이어서 손글씨 숫자 하나를 tfjs conv2d로 두 방식 모두로 거릅니다.',
  summary: (f, separable) => {
    const n = (v: number) => formatNumber(v, 3, 'ko');
    const digit = `${f.index}번 이미지(숫자 ${f.label})`;
    return (
      `커널의 랭크(rank)는 ${f.rank}입니다(특잇값 ${f.singularValues.map(n).join(', ')}). ` +
      (separable
        ? `이 커널은 열 [${f.column}] 곱하기 행 [${f.row}]이므로, 픽셀당 곱셈이 ${f.K * f.K}번이 아니라 ${2 * f.K}번이면 됩니다. ${digit}에서 두 결과의 차이는 최대 ${n(f.maxDifference)}입니다.`
        : `분리할 수 없습니다. 열과 행의 곱으로 만든 가장 좋은 근사도 ${n(f.error)}(프로베니우스 노름)만큼 벗어나고, ${digit}에서 걸러진 두 이미지는 최대 ${n(f.maxDifference)}까지 다릅니다.`)
    );
  },
  loadFailed: (error) => `숫자 데이터를 불러오지 못했습니다: ${error}`,
  loading: 'TensorFlow.js와 숫자 데이터를 불러오는 중…',
  digitPanel: (index, label) => `${index}번 이미지(숫자 ${label}), 8×8`,
  kernelPanel: (K) => `${K}×${K} 커널`,
  separablePanel: (separable) => (separable ? '열, 그다음 행' : '열, 그다음 행(랭크 1 근사)'),
  preset: '프리셋',
  digit: '숫자 이미지 번호',
  seed: '시드(무작위)',
  rank: '랭크',
  singularValue: (i) => `특잇값 ${i}`,
  multiplicationsDirect: '픽셀당 곱셈, K×K',
  multiplicationsSeparable: '열 + 행',
  maxDifference: '최대 |차이|',
  rank1Error: '랭크 1 오차(프로베니우스)',
  tableCaption: '픽셀별 숫자 이미지, K×K 결과, 열-행 순서 결과',
  columns: ['행', '열', '숫자 이미지', 'K×K', '열 다음 행'],
  noteSeparable: (K) =>
    `랭크 1: 반올림 오차를 빼면 σ₂ = σ₃ = 0입니다. 1차원 필터를 두 번 적용하므로 픽셀당 곱셈이 ${K * K}번이 아니라 ${K} + ${K} = ${2 * K}번입니다.`,
  noteNotSeparable: (rank, sigma2, error) =>
    `랭크 ${rank}: σ₂가 0이 아니므로(σ₂ = ${formatNumber(sigma2, 3, 'ko')}) 어떤 열과 행의 곱도 이 커널과 같지 않습니다. 보이는 것은 가장 좋은 근사 σ₁u₁v₁ᵀ이며, √(σ₂² + σ₃²) = ${formatNumber(error, 3, 'ko')}만큼 벗어납니다.`,
  kernelLegend: '커널(편집 가능)',
  cell: (row, column) => `${row}행 ${column}열`,
});

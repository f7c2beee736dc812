import type { ConvType } from '@/lib/pytorch/conv/costs';
import { formatNumber } from '@/lib/site/format';
import { defineMessages } from '@/lib/site/localized';
import type { ConvCostSettings } from '@/lib/pytorch/widgets/convCostCode';

/** The layer's sizes, as the summary and the table caption name them: the widget's settings. */
export type CostSizes = ConvCostSettings;

/** What the summary reports: the standard and depthwise separable counts and the cheapest type. */
export interface CostSummary extends CostSizes {
  standardParams: number;
  standardMacs: number;
  separableParams: number;
  separableMacs: number;
  separableRatio: number;
  cheapest: string;
  /** PyTorch's error for the group count, or null when g divides C and M. */
  groupsError: string | null;
}

const enTypes: Record<ConvType, string> = {
  standard: 'standard',
  dilated: 'dilated',
  grouped: 'grouped',
  pointwise: 'pointwise (1×1)',
  depthwise: 'depthwise',
  depthwiseSeparable: 'depthwise separable',
  spatiallySeparable: 'spatially separable',
  transposed: 'transposed',
};

const koTypes: Record<ConvType, string> = {
  standard: '표준',
  dilated: '팽창',
  grouped: '그룹',
  pointwise: '점별(1×1)',
  depthwise: '깊이별',
  depthwiseSeparable: '깊이별 분리',
  spatiallySeparable: '공간 분리',
  transposed: '전치',
};

const en = {
  typeName: (type: ConvType) => enTypes[type],
  description:
    "Pick the sizes of a layer. Each type's parameters and multiply-accumulates (MACs, biases left out) are counted, and the lecture's formulas are shown with your numbers.",
  summary: (s: CostSummary) => {
    const n = (v: number, digits?: number) => formatNumber(v, digits, 'en');
    return (
      `With C = ${s.C} input channels, M = ${s.M} output channels, ${s.K}×${s.K} kernels and a ${s.H}×${s.W} map, ` +
      `a standard convolution has ${n(s.standardParams)} weights and does ${n(s.standardMacs)} multiply-accumulates. ` +
      `Depthwise separable needs ${n(s.separableParams)} weights and ${n(s.separableMacs)} MACs: ` +
      `${n(s.separableRatio, 3)} of standard, which is 1/${s.M} + 1/${s.K * s.K}. ` +
      `The cheapest is ${s.cheapest}.` +
      (s.groupsError
        ? ` Grouped is left out: g = ${s.g} does not divide the channels (${s.groupsError}).`
        : '')
    );
  },
  inputChannels: 'input channels C',
  outputChannels: 'output channels M',
  kernel: 'kernel K',
  height: 'height H',
  width: 'width W',
  groups: 'groups g',
  barScale: 'bar scale',
  logarithmic: 'logarithmic',
  linear: 'linear',
  /** `error` is PyTorch's message, as the library words it. */
  groupsProblem: (g: number, error: string, C: number, M: number, valid: readonly number[]) =>
    `g = ${g}: ${error}. Groups that divide both C = ${C} and M = ${M}: ${valid.join(', ')}.`,
  groupsRowError: (g: number, error: string) => `g = ${g}: ${error}`,
  standardParams: 'standard: parameters',
  standardMacs: 'standard: MACs',
  separableParams: 'depthwise separable: parameters',
  separableRatio: 'depthwise separable ÷ standard',
  tableCaption: 'Parameters, MACs and ratio to standard per type',
  type: 'type',
  parameters: 'parameters',
  macs: 'MACs',
  ratioToStandard: 'ratio to standard',
  paramsChart: 'Parameters per convolution type',
  paramsAxis: (log: boolean): string => (log ? 'parameters (log scale)' : 'parameters'),
  macsChart: 'Multiply-accumulates per convolution type',
  macsAxis: (log: boolean): string => (log ? 'MACs (log scale)' : 'MACs'),
  code: 'The same count in PyTorch',
  formulas: 'Formulas with your numbers',
  formulasCaption: (s: CostSizes) =>
    `Each type's formula with C = ${s.C}, M = ${s.M}, K = ${s.K}, H = ${s.H}, W = ${s.W}, g = ${s.g}`,
  macsFormula: 'MACs = weights · H · W',
  perStandard: '÷ standard',
  note: 'Every weight is used once per output pixel, so MACs are the weights times H·W. For the transposed convolution H×W is its input map: each input pixel scatters a K×K×M block into the output.',
};

export const messages = defineMessages(en, {
  typeName: (type) => koTypes[type],
  description:
    '층의 크기를 고르세요. 종류마다 파라미터 수와 곱셈-누산(multiply-accumulate) 횟수(MACs, 편향 제외)를 세고, 강의의 공식에 여러분의 숫자를 넣어 보여 줍니다.',
  summary: (s) => {
    const n = (v: number, digits?: number) => formatNumber(v, digits, 'ko');
    return (
      `입력 채널 C = ${s.C}, 출력 채널 M = ${s.M}, ${s.K}×${s.K} 커널, ${s.H}×${s.W} 맵이면 ` +
      `표준 합성곱은 가중치 ${n(s.standardParams)}개로 곱셈-누산을 ${n(s.standardMacs)}번 합니다. ` +
      `깊이별 분리 합성곱은 가중치 ${n(s.separableParams)}개와 MACs ${n(s.separableMacs)}번으로, ` +
      `표준의 ${n(s.separableRatio, 3)}배이며 이는 1/${s.M} + 1/${s.K * s.K}입니다. ` +
      `가장 싼 종류는 ${s.cheapest}입니다.` +
      (s.groupsError
        ? ` 그룹 합성곱은 뺐습니다. g(= ${s.g})가 채널 수를 나누지 못합니다(${s.groupsError}).`
        : '')
    );
  },
  inputChannels: '입력 채널 수 C',
  outputChannels: '출력 채널 수 M',
  kernel: '커널 크기 K',
  height: '높이 H',
  width: '너비 W',
  groups: '그룹 수 g',
  barScale: '막대 눈금',
  logarithmic: '로그',
  linear: '선형',
  groupsProblem: (g, error, C, M, valid) =>
    `g = ${g}: ${error}. C(= ${C})와 M(= ${M})을 모두 나누는 그룹 수: ${valid.join(', ')}.`,
  groupsRowError: (g, error) => `g = ${g}: ${error}`,
  standardParams: '표준: 파라미터 수',
  standardMacs: '표준: MACs',
  separableParams: '깊이별 분리: 파라미터 수',
  separableRatio: '깊이별 분리 ÷ 표준',
  tableCaption: '종류별 파라미터 수, MACs, 표준 대비 비율',
  type: '종류',
  parameters: '파라미터 수',
  macs: 'MACs',
  ratioToStandard: '표준 대비 비율',
  paramsChart: '합성곱 종류별 파라미터 수',
  paramsAxis: (log) => (log ? '파라미터 수(로그 눈금)' : '파라미터 수'),
  macsChart: '합성곱 종류별 곱셈-누산 횟수',
  macsAxis: (log) => (log ? 'MACs(로그 눈금)' : 'MACs'),
  code: 'PyTorch로 세면',
  formulas: '여러분의 숫자를 넣은 공식',
  formulasCaption: (s) =>
    `종류별 공식(C = ${s.C}, M = ${s.M}, K = ${s.K}, H = ${s.H}, W = ${s.W}, g = ${s.g})`,
  macsFormula: 'MACs = 가중치 수 · H · W',
  perStandard: '÷ 표준',
  note: '가중치 하나는 출력 픽셀마다 한 번씩 쓰이므로, MACs는 가중치 수에 H·W를 곱한 값입니다. 전치 합성곱에서 H×W는 입력 맵의 크기입니다. 입력 픽셀 하나하나가 K×K×M 블록을 출력에 흩뿌립니다.',
});

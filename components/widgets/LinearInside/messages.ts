import { defineMessages } from '@/lib/site/localized';
import type { LinearRoute } from './sessionLinear';

/** The numbers the summary states, already formatted for the page. */
export interface LinearSummary {
  inFeatures: number;
  outFeatures: number;
  bias: boolean;
  params: string;
  seed: number;
  weights: string;
  bound: string;
  maxAbs: string;
}

const en = {
  description:
    'Change the sizes and the seed: the weights are the exact values PyTorch draws after torch.manual_seed, by kaiming_uniform_(a=√5).',
  inputRank: 'input rank',
  rankOption: (rank: number, shape: string) => `${rank}-D ${shape}`,
  weightBound: 'weight bound',
  biasBound: 'bias bound',
  params: 'parameters',
  tableCaption: 'Histogram of the initial weights',
  tableColumns: ['from', 'to', 'count'] as [string, string, string],
  biasBoundTex: '\\text{bias bound}',
  /** Text before and after **F.linear**. */
  fLinear: (shape: string): [string, string] => ['', ` on an input of shape ${shape}: `],
  route: (route: LinearRoute['route'], bias: boolean) =>
    route === 'addmm-2d'
      ? '2-D input with a bias: torch.addmm(bias, input, weight.t())'
      : route === 'addmm-3d'
        ? '3-D input with a bias: torch.addmm on the input viewed as 2-D, then viewed back'
        : `torch.matmul(input, weight.t())${bias ? ' + bias' : ''}`,
  kernel: 'Kernel:',
  ones: (inFeatures: number) =>
    ` for x = torch.ones(${inFeatures}): each output is a row of A summed, plus its bias.`,
  moreTerms: (n: number) => ` + … (${n} more)`,
  moreOutputs: (n: number) => `… and ${n} more outputs`,
  histogram: (bound: string) => `Histogram of the initial weights, all inside ±${bound}`,
  weightValue: 'initial weight value',
  weightCount: 'weights',
  summary: (s: LinearSummary) =>
    `nn.Linear(${s.inFeatures}, ${s.outFeatures}, bias=${s.bias ? 'True' : 'False'}) has weight [${s.outFeatures}, ${s.inFeatures}]` +
    `${s.bias ? ` and bias [${s.outFeatures}]` : ''}, ${s.params} parameters. After torch.manual_seed(${s.seed}) its ${s.weights} weights are uniform in ±${s.bound}; ` +
    `the largest |w| drawn is ${s.maxAbs}. The histogram counts them in 20 bins.`,
};

export type LinearInsideMessages = typeof en;

export const messages = defineMessages(en, {
  description:
    '크기와 시드를 바꿔 보세요. 가중치는 torch.manual_seed 뒤에 PyTorch가 kaiming_uniform_(a=√5)로 뽑는 값과 정확히 같습니다.',
  inputRank: '입력의 차원 수',
  rankOption: (rank, shape) => `${rank}차원 ${shape}`,
  weightBound: '가중치 경계',
  biasBound: '편향 경계',
  params: '파라미터 수',
  tableCaption: '초기 가중치의 히스토그램',
  tableColumns: ['구간 시작', '구간 끝', '개수'],
  biasBoundTex: '\\text{bound}_\\text{bias}',
  fLinear: (shape) => [`모양이 ${shape}인 입력에 대한 `, ': '],
  route: (route, bias) =>
    route === 'addmm-2d'
      ? '편향이 있는 2차원 입력: torch.addmm(bias, input, weight.t())'
      : route === 'addmm-3d'
        ? '편향이 있는 3차원 입력: 입력을 2차원으로 본(view) 뒤 torch.addmm, 결과를 다시 원래 모양으로 봄'
        : `torch.matmul(input, weight.t())${bias ? ' + bias' : ''}`,
  kernel: '커널:',
  ones: (inFeatures) =>
    `, x = torch.ones(${inFeatures})일 때: 각 출력은 A의 한 행을 더한 값에 그 편향을 더한 것입니다.`,
  moreTerms: (n) => ` + … (${n}개 더)`,
  moreOutputs: (n) => `… 그리고 출력 ${n}개 더`,
  histogram: (bound) => `초기 가중치의 히스토그램, 모두 ±${bound} 안에 있음`,
  weightValue: '초기 가중치 값',
  weightCount: '가중치 수',
  summary: (s) =>
    `nn.Linear(${s.inFeatures}, ${s.outFeatures}, bias=${s.bias ? 'True' : 'False'})의 weight 모양은 [${s.outFeatures}, ${s.inFeatures}]` +
    `${s.bias ? `, bias 모양은 [${s.outFeatures}]` : ''}이고, 파라미터는 ${s.params}개입니다. torch.manual_seed(${s.seed}) 뒤 가중치 ${s.weights}개는 ±${s.bound} 범위의 균등 분포에서 뽑히며, ` +
    `뽑힌 값 중 |w|의 최댓값은 ${s.maxAbs}입니다. 히스토그램은 가중치를 구간 20개로 나누어 셉니다.`,
});

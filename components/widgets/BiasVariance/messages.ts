import type { TargetName } from '@/lib/experiments/biasVariance/targetFunctions';
import { defineMessages } from '@/lib/site/localized';

const en = {
  description:
    'Every curve in the fan is a least-squares fit to a different training set drawn from the same source. Change the degree and watch the fan narrow or widen and its mean move towards or away from f.',
  /** The true functions by name, as the picker and the summaries write them. */
  targets: { sine: 'sin(πx)', cubic: 'x³ − x/2', step: 'step at 0' } satisfies Record<
    TargetName,
    string
  >,
  setup: (datasets: number, samples: number, f: string, noise: number, degree: number) =>
    `${datasets} training sets of ${samples} points from t = ${f} + ε with σ = ${noise}, each fitted by a degree-${degree} polynomial`,
  withRidge: (ridge: number) => ` with ridge λ = ${ridge}`,
  terms: (
    points: number,
    bias2: string,
    variance: string,
    noise: string,
    sum: string,
    error: string,
    standardError: string,
  ) =>
    `Averaged over ${points} test points on [−1, 1]: bias² ${bias2}, variance ${variance}, noise ${noise}; they sum to ${sum}, and the measured expected test error is ${error} ± ${standardError} (one Monte-Carlo standard error). `,
  sweepSummary: (
    maxDegree: number,
    best: number,
    bestError: string,
    bias0: string,
    lastVariance: string,
  ) =>
    `Over degrees 0 to ${maxDegree} the test error is lowest at degree ${best} (${bestError}); bias² falls from ${bias0} at degree 0 and variance rises to ${lastVariance} at degree ${maxDegree}.`,
  idle: (datasets: number, samples: number, f: string, degree: number) =>
    `Press Run to draw ${datasets} training sets of ${samples} points from t = ${f} + ε and fit a degree-${degree} polynomial to each.`,
  testError: 'test error',
  bias2: 'bias²',
  variance: 'variance',
  noise: 'noise',
  sum: 'sum',
  measuredError: 'measured test error',
  mcError: '± MC std. error',
  pointTable: 'Per test point: x, f(x), mean fit, bias², variance',
  sweepTable: 'Capacity sweep: the decomposition at each degree',
  degree: 'degree',
  mcErrorColumn: 'MC std. error',
  sweepChart: 'Test error, bias², variance and noise against the polynomial degree, log scale',
  logScale: 'log scale',
  barChart: 'The measured terms beside the measured test error',
  code: 'The same in NumPy and scikit-learn',
  fanChart: (shown: number, total: number) =>
    `${shown} of the ${total} fitted curves, their mean, the true function (dashed) and one training set`,
  fits: (shown: number, total: number) => `${shown} of ${total} fits f̂`,
  meanFit: 'mean fit E[f̂]',
  trueF: 'true f',
  oneSet: 'one training set',
  degreeD: 'degree d',
  noiseSigma: 'noise σ',
  samples: 'points per training set',
  ridge: 'ridge λ',
  target: 'true f(x)',
  datasets: 'training sets',
  seed: 'seed',
};

export const messages = defineMessages(en, {
  description:
    '부채꼴의 곡선 하나하나는 같은 출처에서 뽑은 서로 다른 훈련 집합에 최소제곱법으로 맞춘 결과입니다. 차수를 바꾸며 부채꼴이 좁아지거나 넓어지는 모습과, 그 평균이 f에 가까워지거나 멀어지는 모습을 보세요.',
  targets: { sine: 'sin(πx)', cubic: 'x³ − x/2', step: '0에서 계단' },
  setup: (datasets, samples, f, noise, degree) =>
    `t = ${f} + ε(σ = ${noise})에서 점 ${samples}개짜리 훈련 집합 ${datasets}개를 뽑아 각각에 ${degree}차 다항식을 맞췄습니다`,
  withRidge: (ridge) => ` (릿지 λ = ${ridge})`,
  terms: (points, bias2, variance, noise, sum, error, standardError) =>
    `[−1, 1] 위 테스트 점 ${points}개에 대한 평균: 편향² ${bias2}, 분산 ${variance}, 잡음 ${noise}. 세 항의 합은 ${sum}이고, 직접 측정한 기대 테스트 오차는 ${error} ± ${standardError}(몬테카를로 표준 오차 하나)입니다. `,
  sweepSummary: (maxDegree, best, bestError, bias0, lastVariance) =>
    `차수 0부터 ${maxDegree}까지 중 테스트 오차는 ${best}차에서 가장 낮습니다(${bestError}). 편향²은 0차의 ${bias0}에서 줄어들고, 분산은 ${maxDegree}차에서 ${lastVariance}까지 커집니다.`,
  idle: (datasets, samples, f, degree) =>
    `실행을 누르면 t = ${f} + ε에서 점 ${samples}개짜리 훈련 집합 ${datasets}개를 뽑아 각각에 ${degree}차 다항식을 맞춥니다.`,
  testError: '테스트 오차',
  bias2: '편향²',
  variance: '분산',
  noise: '잡음',
  sum: '합',
  measuredError: '측정한 테스트 오차',
  mcError: '± 몬테카를로 표준 오차',
  pointTable: '테스트 점마다: x, f(x), 평균 적합, 편향², 분산',
  sweepTable: '용량 스윕: 차수마다의 분해',
  degree: '차수',
  mcErrorColumn: '몬테카를로 표준 오차',
  sweepChart: '다항식 차수에 대한 테스트 오차, 편향², 분산, 잡음, 로그 눈금',
  logScale: '로그 눈금',
  barChart: '측정한 세 항과 그 합, 그리고 측정한 테스트 오차',
  code: 'NumPy와 scikit-learn으로 쓰면',
  fanChart: (shown, total) =>
    `적합 곡선 ${total}개 중 ${shown}개, 그 평균, 참 함수(점선), 훈련 집합 하나`,
  fits: (shown, total) => `적합 f̂ ${total}개 중 ${shown}개`,
  meanFit: '평균 적합 E[f̂]',
  trueF: '참 f',
  oneSet: '훈련 집합 하나',
  degreeD: '차수 d',
  noiseSigma: '잡음 σ',
  samples: '훈련 집합당 점 수',
  ridge: '릿지 λ',
  target: '참 f(x)',
  datasets: '훈련 집합 수',
  seed: '시드',
});

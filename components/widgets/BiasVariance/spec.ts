import { biasVarianceProps } from '@/lib/experiments/biasVariance/biasVarianceProps';
import { defineWidget } from '../spec';

export const biasVarianceSpec = defineWidget({
  name: 'BiasVariance',
  title: 'Bias, variance and noise of a polynomial fit',
  height: 900,
  summary:
    'Draws many training sets from t = f(x) + ε, fits a polynomial to each, and measures bias², variance, noise and the expected test error, with a capacity sweep.',
  props: biasVarianceProps,
  ko: {
    title: '다항식 적합의 편향, 분산, 잡음',
    summary:
      't = f(x) + ε에서 훈련 집합을 여러 개 뽑아 각각에 다항식을 맞추고, 편향²(bias²), 분산(variance), 잡음(noise)과 기대 테스트 오차를 측정하며, 용량 스윕도 함께 보여 줍니다.',
    props: {
      target: '[−1, 1] 위의 참 함수 f(x).',
      noise: 't = f(x) + ε에서 잡음 ε의 σ.',
      samples: '데이터 세트 하나의 훈련 점 수(x는 [−1, 1]에서 균등 분포).',
      degree: '맞추는 다항식의 차수: 모델의 용량입니다.',
      ridge: '상수항이 아닌 계수에 거는 릿지 벌점의 λ(0이면 보통의 최소제곱법).',
      datasets: '뽑는 훈련 집합의 개수.',
      maxDegree: '용량 스윕의 가장 높은 차수.',
      seed: '훈련 집합과 테스트 잡음의 시드.',
    },
  },
  example: '<BiasVariance degree={3} noise={0.3} />',
});

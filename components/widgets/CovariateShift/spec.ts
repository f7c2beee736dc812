import {
  covariateShiftConfig,
  covariateShiftConfigFrom,
} from '@/lib/experiments/covariateShift/covariateShiftConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const covariateShiftSpec = defineWidget({
  name: 'CovariateShift',
  title: 'Is it internal covariate shift? Standard, batch norm and noisy batch norm',
  height: 1300,
  experiment: experiments.CovariateShift,
  summary:
    'Santurkar et al.’s “ICS is not the reason” experiment: a standard MLP, batch norm, and batch norm with noise that shifts the activations every step, trained side by side on the digits, with activation quantiles, test accuracy and internal covariate shift by Definition 2.1.',
  props: covariateShiftConfig
    .pick({
      learningRate: true,
      batchSize: true,
      steps: true,
      hiddenLayers: true,
      width: true,
      probeLayer: true,
      probeUnit: true,
      noiseMean: true,
      noiseStd: true,
    })
    .extend({
      seed: seedProp(
        1,
        'Seed of the split, the shared initial weights, the batches and the noise.',
      ),
    }),
  config: covariateShiftConfigFrom,
  ko: {
    title: '내부 공변량 변화 때문인가? 표준, 배치 정규화, 잡음 섞인 배치 정규화',
    summary:
      'Santurkar 등의 "ICS 때문이 아니다" 실험: 표준 MLP, 배치 정규화 MLP, 그리고 매 스텝 활성값을 움직이는 잡음을 더한 배치 정규화 MLP를 숫자 이미지로 나란히 학습시키며, 활성값 분위수, 테스트 정확도, 정의 2.1에 따른 내부 공변량 변화(internal covariate shift)를 보여 줍니다.',
    props: {
      learningRate: 'SGD 학습률. 세 신경망에 똑같이 씁니다.',
      batchSize: '스텝마다의 샘플 수(세 신경망이 같은 미니배치를 봅니다).',
      steps: '전체 실행의 스텝 수.',
      hiddenLayers: 'MLP의 은닉층 수.',
      width: '은닉층마다의 유닛 수.',
      probeLayer: '활성값과 기울기 변화를 잴 은닉층(1부터 세며, 2 이상).',
      probeUnit: '활성값 분위수를 그릴, 관찰하는 층의 유닛.',
      noiseMean: '매 스텝 각 유닛의 잡음 평균을 U(−noiseMean, noiseMean)에서 뽑습니다.',
      noiseStd: '매 스텝 각 유닛의 잡음 표준편차를 U(0, noiseStd)에서 뽑습니다.',
      seed: '분할, 공유하는 초기 가중치, 미니배치, 잡음의 시드.',
    },
  },
  example: '<CovariateShift learningRate={0.1} noiseMean={1} />',
});

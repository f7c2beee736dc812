import { z } from 'zod';
import { presetStack } from '@/lib/pytorch/conv/receptiveFieldPresets';
import { receptiveFieldTrainingConfig } from '@/lib/experiments/receptiveFieldTraining/receptiveFieldTrainingConfig';
import { stackTrainingConfig } from '@/lib/experiments/receptiveFieldTraining/stackTrainingRun';
import { experiments } from '../experiments';
import { defineWidget, seedProp } from '../spec';

export const receptiveFieldSpec = defineWidget({
  name: 'ReceptiveField',
  title: 'Theoretical and effective receptive field',
  height: 1400,
  experiment: experiments.ReceptiveField,
  summary:
    'Builds a stack of convolutions and average pools and shows, for one output pixel, its theoretical receptive field and its effective one (the input gradient, by tf.grad).',
  props: receptiveFieldTrainingConfig.pick({ inputSize: true }).extend({
    preset: z
      .enum(['stacked3x3', 'dilated124', 'strided'])
      .default('stacked3x3')
      .describe('The stack to start from: three 3×3 convolutions, dilations 1-2-4, or stride 2.'),
    weights: z
      .enum(['ones', 'random', 'trained'])
      .default('ones')
      .describe(
        'Kernel weights: all ones, seeded standard-normal draws, or the kernels after training the stack (plus a linear read-out) on the digits in the browser.',
      ),
    seed: seedProp(
      1,
      'Seed of the random weights, and of the trained run (initial kernels, split, minibatches).',
    ),
    trainSteps: receptiveFieldTrainingConfig.shape.steps,
  }),
  config: (props) =>
    stackTrainingConfig(presetStack(props.preset), props.inputSize, props.trainSteps),
  example: '<ReceptiveField preset="dilated124" inputSize={32} weights="trained" />',
  ko: {
    title: '이론적 수용 영역과 유효 수용 영역',
    summary:
      '합성곱과 평균 풀링을 쌓고, 출력 픽셀 하나에 대해 이론적 수용 영역과 유효 수용 영역(tf.grad로 구한 입력 기울기)을 보여 줍니다.',
    props: {
      inputSize: '정사각형 단일 채널 입력의 한 변.',
      preset: '처음 쌓을 층 구성: 3×3 합성곱 세 개, 팽창 1-2-4, 또는 스트라이드 2.',
      weights:
        '커널 가중치: 모두 1, 시드로 뽑은 표준 정규 난수, 또는 층 구성(과 선형 출력층)을 브라우저에서 숫자로 학습한 뒤의 커널.',
      seed: '무작위 가중치의 시드이자, 학습 실행(초기 커널, 분할, 미니배치)의 시드.',
      trainSteps: '가중치를 학습할 때의 학습 스텝 수(Adam, 배치 32).',
    },
  },
});

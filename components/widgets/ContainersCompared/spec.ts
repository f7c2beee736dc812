import { containersTrainConfig } from '@/lib/experiments/containersTrain/containersTrainConfig';
import { experiments } from '../experiments';
import { defineWidget, seedProp, withoutSeed } from '../spec';

export const containersComparedSpec = defineWidget({
  name: 'ContainersCompared',
  title: 'Containers, and the plain-list pitfall',
  height: 1100,
  experiment: experiments.ContainersCompared,
  summary:
    'Sequential, ModuleList, ModuleDict, ParameterList and ParameterDict side by side, and the plain-list pitfall trained: unregistered layers never change.',
  props: containersTrainConfig.extend({
    seed: seedProp(0, 'Seed of the shared initial weights and the batches.'),
  }),
  config: withoutSeed,
  example: '<ContainersCompared hidden={16} />',
  ko: {
    title: '컨테이너, 그리고 평범한 리스트의 함정',
    summary:
      'Sequential, ModuleList, ModuleDict, ParameterList, ParameterDict를 나란히 비교하고, 평범한 리스트의 함정을 직접 학습시켜 봅니다. 등록되지 않은 층은 전혀 바뀌지 않습니다.',
    props: {
      hidden: '두 은닉층의 너비.',
      learningRate: 'SGD 학습률.',
      batchSize: '미니배치 크기.',
      steps: '한 번의 전체 실행이 밟는 스텝 수.',
      seed: '두 모델이 공유하는 초기 가중치와 미니배치 순서의 시드.',
    },
  },
});

import { defineMessages } from '@/lib/site/localized';

/** One number of the trained pair, already formatted for the page. */
export interface PairNumbers {
  loss: string;
  accuracy: string;
  /** "hidden[0] 0.12, hidden[1] 0.34, out 0.56" */
  changes: string;
}

const en = {
  description:
    'The table builds each container and asks it what it registered and what happens when it is called. Below, two copies of one network train side by side: one keeps its hidden layers in nn.ModuleList, the other in a plain Python list.',
  plainList: 'plain list',
  hidden: 'hidden width',
  learningRate: 'SGD learning rate',
  batchSize: 'batch size',
  seed: 'seed',
  params: (model: string) => `parameters (${model})`,
  loss: (model: string) => `loss (${model})`,
  tableCaption: 'Losses and weight changes per step',
  step: 'step',
  lossColumn: (model: string) => `loss ${model}`,
  trainedTogether: 'The two models in PyTorch',
  containers: 'Each container, built and called on a [4, 2] input',
  lossChart: 'Minibatch loss of both models per step',
  crossEntropy: 'cross-entropy',
  diverged: 'diverged',
  changeChart: "How far each layer's weight has moved from its start",
  summaryDone: (step: number, moduleList: PairNumbers, plainList: PairNumbers) =>
    `After ${step} steps the ModuleList model's loss is ${moduleList.loss} (held-out accuracy ${moduleList.accuracy}%), the plain-list model's ${plainList.loss} (${plainList.accuracy}%). ` +
    `Weight change ‖W − W₀‖ per layer: ModuleList ${moduleList.changes}; plain list ${plainList.changes}.`,
  summaryIdle: (moduleList: string, plainList: string) =>
    `The same network twice, with the same starting weights: the ModuleList model registers ${moduleList} parameters, the plain-list model only ${plainList}. Press Train to train both with SGD on model.parameters().`,
};

export const messages = defineMessages(en, {
  description:
    '먼저 컨테이너를 하나씩 만들어, 무엇을 등록했는지와 호출하면 어떻게 되는지 물어봅니다. 그 아래에서는 같은 네트워크 두 개를 나란히 학습시킵니다. 하나는 은닉층을 nn.ModuleList에, 다른 하나는 평범한 파이썬 리스트에 담습니다.',
  plainList: '평범한 리스트',
  hidden: '은닉층 너비',
  learningRate: 'SGD 학습률',
  batchSize: '배치 크기',
  seed: '시드',
  params: (model) => `파라미터 수 (${model})`,
  loss: (model) => `손실 (${model})`,
  tableCaption: '스텝마다의 손실과 가중치 변화',
  step: '스텝',
  lossColumn: (model) => `손실 ${model}`,
  trainedTogether: '두 모델을 PyTorch로',
  containers: '컨테이너마다 만들어 [4, 2] 입력으로 호출한 결과',
  lossChart: '스텝별 두 모델의 미니배치 손실',
  crossEntropy: '교차 엔트로피',
  diverged: '발산',
  changeChart: '층마다 가중치가 시작점에서 얼마나 움직였는가',
  summaryDone: (step, moduleList, plainList) =>
    `${step} 스텝 뒤 ModuleList 모델의 손실은 ${moduleList.loss}(홀드아웃 정확도 ${moduleList.accuracy}%), 평범한 리스트 모델의 손실은 ${plainList.loss}(${plainList.accuracy}%)입니다. ` +
    `층별 가중치 변화 ‖W − W₀‖: ModuleList ${moduleList.changes}; 평범한 리스트 ${plainList.changes}.`,
  summaryIdle: (moduleList, plainList) =>
    `같은 네트워크 둘이 같은 가중치에서 시작합니다. ModuleList 모델은 파라미터 ${moduleList}개를 등록하지만, 평범한 리스트 모델은 ${plainList}개만 등록합니다. 학습을 누르면 두 모델 모두 model.parameters()에 대해 SGD로 학습합니다.`,
});

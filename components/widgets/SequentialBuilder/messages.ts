import {
  targetOutOfBounds,
  type DigitsProblem,
} from '@/lib/experiments/sequentialTrain/sequentialTrainModel';
import { formatDims } from '@/lib/pytorch/formatShape';
import { defineMessages } from '@/lib/site/localized';
import type { LayerListProblem } from './spec';

/** The builder's presets, by id; their layer lists are in the view. */
export type SequentialPreset = 'mlp' | 'tanh' | 'softmax' | 'mismatch' | 'identity';

/** What stops the builder from training: a token it cannot read, no layer, or the network's shapes. */
export type BuilderProblem = LayerListProblem | { kind: 'no-layers' } | DigitsProblem;

const en = {
  description:
    'Write the layers (linear:IN:OUT, relu, tanh, identity, flatten). The repr, the indexing and the errors are what PyTorch 1.13 prints; Train runs it on the 8x8 digits in a background thread.',
  preset: 'preset',
  yourOwn: 'your own',
  presets: {
    mlp: 'MLP 64-32-10 (ReLU)',
    tanh: 'Flatten, Tanh MLP',
    softmax: 'one Linear (softmax regression)',
    mismatch: 'shape mismatch',
    identity: 'Identity, no last bias',
  } as Record<SequentialPreset, string>,
  layers: 'layers',
  construction: 'construction',
  positional: 'positional',
  orderedDict: 'OrderedDict names',
  optimizer: 'optimiser',
  learningRate: 'learning rate',
  batchSize: 'batch size',
  seed: 'seed',
  loss: 'loss (minibatch)',
  heldOutAccuracy: 'held-out accuracy',
  params: 'parameters',
  tableCaption: 'Loss and held-out accuracy after each step',
  step: 'step',
  lossSeries: 'loss',
  accuracySeries: 'accuracy',
  lossChart: 'Cross-entropy per step',
  accuracyChart: 'Held-out accuracy per step',
  diverged: 'diverged',
  trainInPyTorch: 'Train it in PyTorch',
  printsLabel: 'What PyTorch prints for this model',
  flowCaption: (input: string) => `Shapes through forward for an input of ${input}`,
  flowColumns: ['child', 'in', 'out'] as [string, string, string],
  problem: (p: BuilderProblem): string => {
    switch (p.kind) {
      case 'linear-sizes':
        return `"${p.token}": write linear:IN:OUT with sizes 1 to 512`;
      case 'unknown-layer':
        return `"${p.token}" is not one of linear, relu, tanh, identity, flatten`;
      case 'no-layers':
        return 'add at least one layer';
      case 'layer-error':
        return `layer (${p.layer}): ${p.error}`;
      case 'not-2d':
        return `the output has shape ${formatDims(p.shape)}; cross_entropy wants [batch, ${p.classes}]`;
      case 'too-few-scores':
        return `${targetOutOfBounds(p.classes)} (the network gives ${p.scores} scores for ${p.classes} classes)`;
      case 'too-many-scores':
        return `the network gives ${p.scores} scores per image, but digits has ${p.classes} classes`;
    }
  },
  summaryDone: (step: number, loss: string, accuracy: string, params: string) =>
    `After ${step} steps on the digits the minibatch cross-entropy is ${loss} and ${accuracy}% of the held-out images are classified correctly; the network has ${params} parameters.`,
  summaryProblem: (problem: string) => `This network cannot train on the digits: ${problem}`,
  summaryIdle: (layers: number, params: string) =>
    `A network of ${layers} layers and ${params} parameters; press Train to train it on the 8x8 digits (64 inputs, 10 classes).`,
};

export const messages = defineMessages(en, {
  description:
    '층을 쓰세요(linear:IN:OUT, relu, tanh, identity, flatten). repr, 인덱싱, 오류는 PyTorch 1.13이 출력하는 그대로입니다. 학습을 누르면 백그라운드 스레드에서 8x8 숫자 이미지로 학습합니다.',
  preset: '예시',
  yourOwn: '직접 입력',
  presets: {
    mlp: 'MLP 64-32-10 (ReLU)',
    tanh: 'Flatten, Tanh를 쓴 MLP',
    softmax: 'Linear 하나 (소프트맥스 회귀)',
    mismatch: '모양 불일치',
    identity: 'Identity, 마지막 층 편향 없음',
  },
  layers: '층',
  construction: '만드는 방식',
  positional: '위치 인자',
  orderedDict: 'OrderedDict 이름',
  optimizer: '옵티마이저',
  learningRate: '학습률',
  batchSize: '배치 크기',
  seed: '시드',
  loss: '손실 (미니배치)',
  heldOutAccuracy: '홀드아웃 정확도',
  params: '파라미터 수',
  tableCaption: '스텝마다의 손실과 홀드아웃 정확도',
  step: '스텝',
  lossSeries: '손실',
  accuracySeries: '정확도',
  lossChart: '스텝별 교차 엔트로피',
  accuracyChart: '스텝별 홀드아웃 정확도',
  diverged: '발산',
  trainInPyTorch: 'PyTorch로 학습시키기',
  printsLabel: '이 모델에 대해 PyTorch가 출력하는 것',
  flowCaption: (input) => `forward를 지나며 바뀌는 모양 (입력 ${input})`,
  flowColumns: ['자식 모듈', '입력', '출력'],
  problem: (p) => {
    switch (p.kind) {
      case 'linear-sizes':
        return `"${p.token}": linear:IN:OUT 꼴로, 크기는 1~512로 쓰세요`;
      case 'unknown-layer':
        return `"${p.token}": linear, relu, tanh, identity, flatten 중 하나가 아닙니다`;
      case 'no-layers':
        return '층을 하나 이상 넣으세요';
      case 'layer-error':
        return `층 (${p.layer}): ${p.error}`;
      case 'not-2d':
        return `출력 모양이 ${formatDims(p.shape)}입니다. cross_entropy에는 [batch, ${p.classes}]가 필요합니다`;
      case 'too-few-scores':
        return `${targetOutOfBounds(p.classes)} (클래스는 ${p.classes}개인데 네트워크가 내는 점수는 ${p.scores}개입니다)`;
      case 'too-many-scores':
        return `네트워크가 이미지마다 점수를 ${p.scores}개 내지만, 숫자 데이터의 클래스는 ${p.classes}개입니다`;
    }
  },
  summaryDone: (step, loss, accuracy, params) =>
    `숫자 데이터로 ${step} 스텝 학습한 뒤 미니배치 교차 엔트로피는 ${loss}이고, 홀드아웃 이미지의 ${accuracy}%를 올바르게 분류합니다. 네트워크의 파라미터는 ${params}개입니다.`,
  summaryProblem: (problem) => `이 네트워크는 숫자 데이터로 학습할 수 없습니다: ${problem}`,
  summaryIdle: (layers, params) =>
    `층 ${layers}개, 파라미터 ${params}개인 네트워크입니다. 학습을 누르면 8x8 숫자 이미지(입력 64개, 클래스 10개)로 학습합니다.`,
});

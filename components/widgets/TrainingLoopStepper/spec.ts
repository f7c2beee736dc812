import {
  trainingLoopConfig,
  trainingLoopConfigFrom,
} from '@/lib/experiments/trainingLoop/trainingLoopConfig';
import { experiments } from '../experiments';
import { defineWidget } from '../spec';

export const trainingLoopStepperSpec = defineWidget({
  name: 'TrainingLoopStepper',
  title: 'The training loop, one line at a time',
  height: 900,
  experiment: experiments.TrainingLoopStepper,
  summary:
    "The lecture's training loop (zero_grad, forward, loss, backward, step) on nn.Linear(1, 1), one line at a time with .grad and the weights after each, then 200 real steps with the loss curve.",
  props: trainingLoopConfig
    .pick({ learningRate: true, skipZeroGrad: true })
    .extend({ seed: trainingLoopConfig.shape.torchSeed }),
  config: trainingLoopConfigFrom,
  ko: {
    title: '학습 루프, 한 줄씩',
    summary:
      '강의의 학습 루프(zero_grad, 순전파, 손실, backward, step)를 nn.Linear(1, 1)에서 한 줄씩 실행하며 줄마다 .grad와 가중치를 보여 주고, 이어서 실제 200스텝을 손실 곡선과 함께 실행합니다.',
    props: {
      learningRate: 'torch.optim.SGD의 lr.',
      skipZeroGrad: 'optimizer.zero_grad()를 건너뛴 채 시작해 기울기가 누적되게 합니다.',
      seed: 'nn.Linear(1, 1) 앞의 torch.manual_seed: 처음 weight와 bias를 정합니다.',
    },
  },
  example: '<TrainingLoopStepper learningRate={0.05} />',
});

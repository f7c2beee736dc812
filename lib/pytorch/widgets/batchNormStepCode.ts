import { pyNumber, typedNumbers } from './pythonLiterals';

/** The BatchNormStep widget's settings, as the reader typed them. */
export interface BatchNormStepSettings {
  kind: 'BatchNorm1d' | 'BatchNorm2d';
  shape: string;
  values: string;
  numFeatures: number;
  gamma: string;
  beta: string;
  eps: number;
  momentum: number | null;
  training: boolean;
  grad: string;
}

const tensor = (text: string, shape?: string) =>
  shape
    ? `torch.tensor([${typedNumbers(text).join(', ')}], dtype=torch.float32).reshape(${typedNumbers(shape).join(', ')})`
    : `torch.tensor([${typedNumbers(text).join(', ')}])`;

/**
 * One step of the BatchNormStep widget in PyTorch: a fresh layer with the reader's γ, β, eps
 * and momentum, in train or eval mode, applied to the typed batch, then backward with the
 * typed upstream gradient. It prints y, the running statistics after the step and the three
 * gradients. (The widget keeps its layer between runs, so its running statistics go on
 * from the previous run; this program starts from a fresh layer, as the widget's first run does.)
 */
export function batchNormStepCode(s: BatchNormStepSettings): string {
  const momentum = s.momentum === null ? 'None' : pyNumber(s.momentum);
  return [
    'import torch',
    'from torch import nn',
    '',
    `bn = nn.${s.kind}(${s.numFeatures}, eps=${pyNumber(s.eps)}, momentum=${momentum})`,
    'with torch.no_grad():',
    `    bn.weight.copy_(${tensor(s.gamma)})  # gamma`,
    `    bn.bias.copy_(${tensor(s.beta)})  # beta`,
    s.training
      ? 'bn.train()  # normalise with the batch statistics, update the running ones'
      : 'bn.eval()  # normalise with the running statistics',
    '',
    `x = ${tensor(s.values, s.shape)}.requires_grad_()`,
    'y = bn(x)',
    `y.backward(${tensor(s.grad, s.shape)})  # the upstream gradient dL/dy`,
    '',
    "print('y =', y)",
    "print('running_mean =', bn.running_mean, 'running_var =', bn.running_var)",
    "print('dL/dx =', x.grad)",
    "print('dL/dgamma =', bn.weight.grad, 'dL/dbeta =', bn.bias.grad)",
  ].join('\n');
}

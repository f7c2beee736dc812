/** The leading sizes of the input the LinearInside widget sends through F.linear, per input rank. */
const INPUT_LEAD = [[], [8], [4, 8], [2, 4, 8]];

/** The input shape of the F.linear route: `inputRank` dimensions ending in in_features. */
export function linearInsideInputShape(inputRank: number, inFeatures: number): number[] {
  return [...INPUT_LEAD[inputRank - 1], inFeatures];
}

/**
 * The LinearInside widget in PyTorch: `nn.Linear` built after `torch.manual_seed(seed)`, its
 * weight and bias (default init, U(±1/√in_features)), y = x Aᵀ + b for x = torch.ones(in),
 * checked against the weight's row sums, then a call on an input of the chosen rank with the
 * output's shape and grad_fn.
 */
export function linearInsideCode(s: {
  inFeatures: number;
  outFeatures: number;
  bias: boolean;
  seed: number;
  inputRank: number;
}): string {
  const shape = linearInsideInputShape(s.inputRank, s.inFeatures);
  return [
    'import torch',
    'from torch import nn',
    '',
    `torch.manual_seed(${s.seed})`,
    `layer = nn.Linear(${s.inFeatures}, ${s.outFeatures}, bias=${s.bias ? 'True' : 'False'})`,
    "print('weight', tuple(layer.weight.shape), 'bound 1/sqrt(in_features) =', 1 / layer.in_features**0.5)",
    'print(layer.weight)',
    'print(layer.bias)',
    '',
    `x = torch.ones(${s.inFeatures})`,
    'y = layer(x)  # each output: a row of the weight summed, plus its bias',
    'print(y)',
    `print(layer.weight.sum(dim=1)${s.bias ? ' + layer.bias' : ''})`,
    '',
    `y = layer(torch.zeros(${shape.join(', ')}))`,
    'print(y.shape, y.grad_fn)',
  ].join('\n');
}

import type { LinearFitConfig } from './linearFit';

/** The PyTorch program that runs the same fit, for the widget's "PyTorch code" panel. */
export function linearFitCode(config: LinearFitConfig, seed: number): string {
  const opt = config.optimizer === 'adam' ? 'Adam' : 'SGD';
  return [
    'import torch',
    'from torch import nn',
    '',
    `torch.manual_seed(${seed})`,
    `x = torch.rand(${config.samples}, ${config.inFeatures}) * 2 - 1`,
    `true_A = torch.empty(1, ${config.inFeatures}).uniform_(-2, 2)`,
    'true_b = torch.empty(1).uniform_(-1, 1)',
    `y = x @ true_A.T + true_b + ${config.noise} * torch.randn(${config.samples}, 1)`,
    '',
    `model = nn.Linear(${config.inFeatures}, 1)`,
    'loss_fn = nn.MSELoss()',
    `optimizer = torch.optim.${opt}(model.parameters(), lr=${config.learningRate})`,
    'loader = torch.utils.data.DataLoader(',
    `    torch.utils.data.TensorDataset(x, y), batch_size=${config.batchSize}, shuffle=True)`,
    '',
    'step = 0',
    `while step < ${config.steps}:`,
    '    for xb, yb in loader:',
    '        optimizer.zero_grad()',
    '        loss = loss_fn(model(xb), yb)',
    '        loss.backward()',
    '        optimizer.step()',
    '        step += 1',
    `        if step == ${config.steps}:`,
    '            break',
    '',
    'print(model.weight, model.bias)',
  ].join('\n');
}

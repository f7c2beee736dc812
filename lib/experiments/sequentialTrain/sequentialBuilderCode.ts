import { digitsSplitCode } from '../digitsSplitCode';
import type { SequentialTrainConfig } from './sequentialTrain';
import { layerCode, type LayerSpec } from './sequentialTrainModel';

/** `model = nn.Sequential(...)` one child a line, positional or in an OrderedDict of `names`. */
export function sequentialModelCode(
  layers: readonly LayerSpec[],
  names?: readonly string[],
): string {
  return names
    ? `model = nn.Sequential(OrderedDict([\n${layers.map((l, i) => `    ('${names[i]}', ${layerCode(l)}),`).join('\n')}\n]))`
    : `model = nn.Sequential(\n${layers.map((l) => `    ${layerCode(l)},`).join('\n')}\n)`;
}

/**
 * The SequentialBuilder's "Train on digits" as a PyTorch program: the student's Sequential
 * with PyTorch's default initial weights after `torch.manual_seed(seed)`, minibatch
 * cross-entropy on the 8×8 digits (a fifth held out), SGD or Adam over `model.parameters()`,
 * the loss and held-out accuracy printed every 50 steps and at the end.
 */
export function sequentialBuilderCode(
  config: SequentialTrainConfig,
  seed: number,
  names?: readonly string[],
): string {
  const optimizer =
    config.optimizer === 'adam'
      ? "# Adam with tf.js's epsilon (1e-7), as the site trains.\noptimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, eps=1e-7)"
      : 'optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)';
  return [
    ...(names ? ['from collections import OrderedDict', ''] : []),
    'import torch',
    'from torch import nn',
    'from sklearn.datasets import load_digits',
    '',
    `LEARNING_RATE = ${config.learningRate}`,
    `BATCH_SIZE = ${config.batchSize}`,
    `STEPS = ${config.steps}`,
    '',
    ...digitsSplitCode(0.2, seed),
    '',
    '',
    `torch.manual_seed(${seed})`,
    sequentialModelCode(config.layers, names),
    optimizer,
    'loss_fn = nn.CrossEntropyLoss()',
    '',
    'batches = minibatches(len(x_train), min(BATCH_SIZE, len(x_train)))',
    'for step in range(1, STEPS + 1):',
    '    rows = next(batches)',
    '    optimizer.zero_grad()',
    '    loss = loss_fn(model(x_train[rows]), y_train[rows])',
    '    loss.backward()',
    '    optimizer.step()',
    '    if step % 50 == 0 or step == STEPS:',
    '        with torch.no_grad():',
    '            accuracy = (model(x_test).argmax(1) == y_test).float().mean().item()',
    "        print(f'step {step}  loss {loss.item():.4f}  held-out accuracy {accuracy:.3f}')",
  ].join('\n');
}

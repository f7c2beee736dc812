import type { BatchNormRaceConfig } from './batchNormRace';
import { DIVERGED_LOSS } from './batchNormRaceData';
import { digitsSplitCode } from '../digitsSplitCode';

const MLP = [
  'def make_net(batch_norm):',
  '    """The MLP 64-64-64-10: Linear, then BatchNorm1d (or nothing), then ReLU."""',
  '    layers = []',
  '    for fan_in, width in [(64, 64), (64, 64)]:',
  '        layers.append(nn.Linear(fan_in, width))',
  '        layers.append(nn.BatchNorm1d(width) if batch_norm else nn.Identity())',
  '        layers.append(nn.ReLU())',
  '    layers.append(nn.Linear(64, 10))',
  '    return init_weights(nn.Sequential(*layers))',
];

const CNN = [
  'def make_net(batch_norm):',
  '    """Two 3x3 convolutions (8 and 16 channels), each then BatchNorm2d (or nothing) and ReLU,',
  '    2x2 average pooling between them, and a linear read-out of the 16 x 4 x 4 map."""',
  '    def norm(channels):',
  '        return nn.BatchNorm2d(channels) if batch_norm else nn.Identity()',
  '',
  '    return init_weights(nn.Sequential(',
  '        nn.Conv2d(1, 8, 3, padding=1), norm(8), nn.ReLU(), nn.AvgPool2d(2),',
  '        nn.Conv2d(8, 16, 3, padding=1), norm(16), nn.ReLU(),',
  '        nn.Flatten(), nn.Linear(16 * 4 * 4, 10),',
  '    ))',
];

/**
 * The PyTorch program that runs the same race as the BatchNormRace widget: for every learning
 * rate, the network with and without batch norm, all from the same He-uniform initial weights
 * (times `initScale`), trained by plain SGD on the same minibatches of the digits, printing the
 * train and test loss and accuracy in eval mode at step 1, every `evalEvery` steps and at the end.
 */
export function batchNormRaceCode(config: BatchNormRaceConfig, seed: number): string {
  const cnn = config.architecture === 'cnn';
  return [
    'import math',
    '',
    'import torch',
    'from torch import nn',
    'from sklearn.datasets import load_digits',
    '',
    `LEARNING_RATES = [${config.learningRates.join(', ')}]`,
    `INIT_SCALE = ${config.initScale}`,
    `BATCH_SIZE = ${config.batchSize}`,
    `STEPS = ${config.steps}`,
    `EVAL_EVERY = ${config.evalEvery}`,
    `SEED = ${seed}`,
    '',
    ...digitsSplitCode(0.2, seed),
    '',
    '',
    ...(cnn
      ? [
          'x_train, x_test = x_train.view(-1, 1, 8, 8), x_test.view(-1, 1, 8, 8)  # images for the CNN',
          '',
          '',
        ]
      : []),
    'def init_weights(net):',
    '    """He-uniform, U(-b, b) with b = sqrt(6 / fan_in), times INIT_SCALE; biases 0."""',
    '    for m in net.modules():',
    '        if isinstance(m, (nn.Linear, nn.Conv2d)):',
    "            nn.init.kaiming_uniform_(m.weight, nonlinearity='relu')",
    '            with torch.no_grad():',
    '                m.weight *= INIT_SCALE',
    '            nn.init.zeros_(m.bias)',
    '    return net',
    '',
    '',
    ...(cnn ? CNN : MLP),
    '',
    '',
    'loss_fn = nn.CrossEntropyLoss()',
    '',
    '',
    '@torch.no_grad()',
    'def evaluate(net, x, y):',
    '    """Loss and accuracy in eval mode: batch norm uses its running statistics."""',
    '    net.eval()',
    '    logits = net(x)',
    '    return loss_fn(logits, y).item(), (logits.argmax(1) == y).float().mean().item()',
    '',
    '',
    'runs = {}',
    'for lr in LEARNING_RATES:',
    '    for batch_norm in (False, True):',
    '        torch.manual_seed(SEED)  # every network starts from the same weights',
    '        net = make_net(batch_norm)',
    "        name = ('bn' if batch_norm else 'standard') + '-lr' + str(lr)",
    '        runs[name] = (net, torch.optim.SGD(net.parameters(), lr=lr))',
    '',
    'batches = minibatches(len(x_train), BATCH_SIZE)',
    'diverged = set()',
    'for step in range(1, STEPS + 1):',
    '    rows = next(batches)  # every network trains on the same minibatch',
    '    for name, (net, optimizer) in runs.items():',
    '        if name in diverged:',
    '            continue',
    '        net.train()',
    '        optimizer.zero_grad()',
    '        loss = loss_fn(net(x_train[rows]), y_train[rows])',
    `        if not math.isfinite(loss.item()) or loss.item() > ${DIVERGED_LOSS}:`,
    "            print(f'{name} diverged at step {step}')",
    '            diverged.add(name)',
    '            continue',
    '        loss.backward()',
    '        optimizer.step()',
    '    if step == 1 or step % EVAL_EVERY == 0 or step == STEPS:',
    '        for name, (net, optimizer) in runs.items():',
    '            if name not in diverged:',
    '                train_loss, train_accuracy = evaluate(net, x_train, y_train)',
    '                test_loss, test_accuracy = evaluate(net, x_test, y_test)',
    "                print(f'step {step:4d}  {name:16s}  loss: train {train_loss:.4f} test {test_loss:.4f}  '",
    "                      f'accuracy: train {train_accuracy:.3f} test {test_accuracy:.3f}')",
  ].join('\n');
}

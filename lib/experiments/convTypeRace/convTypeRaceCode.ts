import type { ConvTypeRaceConfig } from './convTypeRace';
import { raceNets, type RaceConv } from './convTypeRaceNets';
import { digitsSplitCode } from '../digitsSplitCode';

/** One convolution of a race network as a `conv(...)` call of the generated program. */
function convLine(c: RaceConv): string {
  const extra = [
    c.dilation !== 1 ? `dilation=${c.dilation}` : '',
    c.groups !== 1 ? `groups=${c.groups}` : '',
  ].filter(Boolean);
  return `conv(${[c.inC, c.outC, c.k, ...extra].join(', ')}),${c.relu ? ' nn.ReLU(),' : ''}`;
}

/**
 * The PyTorch program that runs the same race as the ConvTypeRace widget: the five networks
 * (`raceNets`: one shared stem, `blocks` stages of each type, AvgPool2d(4), Linear), He-uniform
 * weights and zero biases, each trained by Adam with cross-entropy on the same minibatches,
 * printing every network's test accuracy every `evalEvery` steps and at the last step.
 */
export function convTypeRaceCode(config: ConvTypeRaceConfig, seed: number): string {
  const nets = raceNets(config);
  return [
    'import torch',
    'from torch import nn',
    'from sklearn.datasets import load_digits',
    '',
    `LEARNING_RATE = ${config.learningRate}`,
    `BATCH_SIZE = ${config.batchSize}`,
    `STEPS = ${config.steps}`,
    `EVAL_EVERY = ${config.evalEvery}`,
    `SEED = ${seed}`,
    '',
    ...digitsSplitCode(config.testFraction, seed),
    '',
    '',
    'x_train, x_test = x_train.view(-1, 1, 8, 8), x_test.view(-1, 1, 8, 8)',
    '',
    '',
    'def conv(in_channels, out_channels, kernel_size, dilation=1, groups=1):',
    "    return nn.Conv2d(in_channels, out_channels, kernel_size, padding='same', dilation=dilation, groups=groups)",
    '',
    '',
    'def head(net):',
    '    """AvgPool2d(4) keeps which quarter of the 8x8 map a stroke is in; then a linear read-out.',
    '    Weights He-uniform, U(-b, b) with b = sqrt(6 / fan_in); biases 0."""',
    `    net.extend([nn.AvgPool2d(4), nn.Flatten(), nn.Linear(4 * ${config.width}, 10)])`,
    '    for m in net.modules():',
    '        if isinstance(m, (nn.Linear, nn.Conv2d)):',
    "            nn.init.kaiming_uniform_(m.weight, nonlinearity='relu')",
    '            nn.init.zeros_(m.bias)',
    '    return net',
    '',
    '',
    `torch.manual_seed(${seed})`,
    'nets = {',
    ...nets
      .map((net) => [
        `    '${net.id}': head(nn.Sequential(`,
        ...net.convs.map((c) => `        ${convLine(c)}`),
        '    )),',
      ])
      .flat(),
    '}',
    "# Adam with tf.js's epsilon (1e-7), as the site trains.",
    'optimizers = {name: torch.optim.Adam(net.parameters(), lr=LEARNING_RATE, eps=1e-7) for name, net in nets.items()}',
    'loss_fn = nn.CrossEntropyLoss()',
    '',
    'batches = minibatches(len(x_train), min(BATCH_SIZE, len(x_train)))',
    'for step in range(1, STEPS + 1):',
    '    rows = next(batches)  # every network trains on the same minibatch',
    '    for name, net in nets.items():',
    '        optimizers[name].zero_grad()',
    '        loss = loss_fn(net(x_train[rows]), y_train[rows])',
    '        loss.backward()',
    '        optimizers[name].step()',
    '    if step % EVAL_EVERY == 0 or step == STEPS:',
    '        with torch.no_grad():',
    '            for name, net in nets.items():',
    '                accuracy = (net(x_test).argmax(1) == y_test).float().mean().item()',
    "                print(f'step {step:4d}  {name:20s}  test accuracy {accuracy:.3f}')",
  ].join('\n');
}

import type { StackLayer } from '../../pytorch/conv/receptiveField';
import { digitsSplitCode } from '../digitsSplitCode';
import { stackTrainingRun } from './stackTrainingRun';

/** How the ReceptiveField widget sets the stack's kernels. */
export type StackWeightsMode = 'ones' | 'random' | 'trained';

export interface ReceptiveFieldCodeOptions {
  layers: readonly StackLayer[];
  inputSize: number;
  weights: StackWeightsMode;
  /** The output pixel whose gradient map is shown, (row, column). */
  pixel: readonly [number, number];
  /** Training steps of the trained option. */
  steps: number;
}

/** One layer of the stack as a PyTorch module. */
function layerLine(l: StackLayer): string {
  return l.type === 'conv'
    ? `nn.Conv2d(1, 1, ${l.kernel}, stride=${l.stride}, padding=${l.padding}, dilation=${l.dilation}, bias=False),`
    : `nn.AvgPool2d(${l.kernel}, stride=${l.stride}, padding=${l.padding}),  # count_include_pad=True`;
}

const CONV_LOOP = [
  'with torch.no_grad():',
  '    for m in stack:',
  '        if isinstance(m, nn.Conv2d):',
];

function kernelLines(weights: StackWeightsMode, seed: number): string[] {
  if (weights === 'ones')
    return ['# Every kernel all ones.', ...CONV_LOOP, '            m.weight.fill_(1.0)'];
  if (weights === 'random') {
    return [
      '# Seeded standard-normal kernels (the site draws them from its own generator, so the values differ).',
      `torch.manual_seed(${seed})`,
      ...CONV_LOOP,
      '            m.weight.normal_()',
    ];
  }
  return [
    "# Initial kernels U(-sqrt(3) / k, sqrt(3) / k): variance 1 / k², so each layer keeps the signal's variance.",
    `torch.manual_seed(${seed})`,
    ...CONV_LOOP,
    '            k = m.kernel_size[0]',
    '            m.weight.uniform_(-3 ** 0.5 / k, 3 ** 0.5 / k)',
  ];
}

function trainingLines(steps: number, seed: number): string[] {
  const run = stackTrainingRun;
  return [
    '',
    '# Train the stack as a digit classifier: the 8x8 digits upsampled to the input size, the',
    '# stack, a linear read-out of its whole output map. Only the kernels and the read-out learn.',
    ...digitsSplitCode(run.testFraction, seed),
    '',
    '',
    'def upsample(images):',
    "    return F.interpolate(images.view(-1, 1, 8, 8), size=(INPUT_SIZE, INPUT_SIZE), mode='bilinear', align_corners=False)",
    '',
    '',
    'features = stack(torch.zeros(1, 1, INPUT_SIZE, INPUT_SIZE)).numel()',
    'readout = nn.Linear(features, 10)',
    'bound = (6 / features) ** 0.5',
    'nn.init.uniform_(readout.weight, -bound, bound)',
    'nn.init.zeros_(readout.bias)',
    'model = nn.Sequential(stack, nn.Flatten(), readout)',
    "# Adam with tf.js's epsilon (1e-7), as the site trains.",
    `optimizer = torch.optim.Adam(model.parameters(), lr=${run.learningRate}, eps=1e-7)`,
    'loss_fn = nn.CrossEntropyLoss()',
    '',
    `STEPS = ${steps}`,
    `batches = minibatches(len(x_train), ${run.batchSize})`,
    'for step in range(1, STEPS + 1):',
    '    rows = next(batches)',
    '    optimizer.zero_grad()',
    '    loss = loss_fn(model(upsample(x_train[rows])), y_train[rows])',
    '    loss.backward()',
    '    optimizer.step()',
    `    if step % ${run.evalEvery} == 0 or step == STEPS:`,
    '        with torch.no_grad():',
    '            accuracy = (model(upsample(x_test)).argmax(1) == y_test).float().mean().item()',
    "        print(f'step {step:4d}  batch loss {loss.item():.3f}  test accuracy {accuracy:.3f}')",
  ];
}

/**
 * The PyTorch program behind the ReceptiveField widget: the single-channel stack as an
 * nn.Sequential of Conv2d and AvgPool2d (no bias, no nonlinearity), its kernels as the widget
 * sets them (all ones, seeded normal, or trained on the digits with the training loop), and the
 * gradient of the chosen output pixel with respect to the input by autograd — the effective
 * receptive field the widget draws.
 */
export function receptiveFieldCode(options: ReceptiveFieldCodeOptions, seed: number): string {
  const trained = options.weights === 'trained';
  return [
    'import torch',
    'from torch import nn',
    ...(trained
      ? ['import torch.nn.functional as F', 'from sklearn.datasets import load_digits']
      : []),
    '',
    `INPUT_SIZE = ${options.inputSize}`,
    `PIXEL = (${options.pixel[0]}, ${options.pixel[1]})  # the output pixel (row, column)`,
    '',
    '# The stack: one channel throughout, no bias, no nonlinearity.',
    'stack = nn.Sequential(',
    ...options.layers.map((l) => `    ${layerLine(l)}`),
    ')',
    ...kernelLines(options.weights, seed),
    ...(trained ? trainingLines(options.steps, seed) : []),
    '',
    '# The gradient of one output pixel with respect to every input pixel. The stack is linear,',
    '# so the gradient does not depend on the input: take it at zero.',
    'image = torch.zeros(1, 1, INPUT_SIZE, INPUT_SIZE, requires_grad=True)',
    'out = stack(image)',
    "print('output map', tuple(out.shape[2:]))",
    'out[0, 0, PIXEL[0], PIXEL[1]].backward()',
    'grad = image.grad[0, 0]',
    'rows, cols = grad.nonzero(as_tuple=True)',
    "print('nonzero gradient pixels', len(rows))",
    'if len(rows) > 0:',
    '    top, bottom, left, right = rows.min().item(), rows.max().item(), cols.min().item(), cols.max().item()',
    "    print(f'rows {top}-{bottom}, columns {left}-{right}')",
    '    torch.set_printoptions(precision=3, linewidth=160)',
    '    print(grad[top:bottom + 1, left:right + 1])',
  ].join('\n');
}

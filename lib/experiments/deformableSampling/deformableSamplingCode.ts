import { digitsSplitCode } from '../digitsSplitCode';
import type { DeformableSamplingConfig } from './deformableSampling';

/**
 * The DeformableSampling widget in PyTorch: digits rotated by up to ±maxRotation degrees and
 * scaled log-uniformly within [1/maxScale, maxScale] (bilinear, zeros outside; a new draw per
 * minibatch, the test digits distorted once), a classifier whose first layer is a 3×3
 * deformable convolution (`torchvision.ops.deform_conv2d`, offsets from a 3×3 convolution that
 * starts at zero), then a 3×3 convolution, AvgPool2d(4) and a linear read-out, trained by Adam
 * with cross-entropy; it prints the test accuracy and the mean offset length every
 * `evalEvery` steps.
 */
export function deformableSamplingCode(config: DeformableSamplingConfig, seed: number): string {
  const c = config.channels;
  return [
    '# Needs torchvision (0.14 is the release that goes with PyTorch 1.13) for deform_conv2d.',
    'import math',
    'import torch',
    'import torch.nn.functional as F',
    'from torch import nn',
    'from torchvision.ops import deform_conv2d',
    'from sklearn.datasets import load_digits',
    '',
    `MAX_ROTATION = ${config.maxRotation}  # degrees, either way`,
    `MAX_SCALE = ${config.maxScale}`,
    `LEARNING_RATE = ${config.learningRate}`,
    `BATCH_SIZE = ${config.batchSize}`,
    `STEPS = ${config.steps}`,
    `EVAL_EVERY = ${config.evalEvery}`,
    '',
    ...digitsSplitCode(config.testFraction, seed),
    '',
    '',
    'def distorted(images):',
    '    """Each 8x8 image rotated and scaled about its centre, bilinear, zeros outside."""',
    '    n = len(images)',
    '    angle = (torch.rand(n, generator=generator) * 2 - 1) * math.radians(MAX_ROTATION)',
    '    scale = torch.exp((torch.rand(n, generator=generator) * 2 - 1) * math.log(MAX_SCALE))',
    '    cos, sin = torch.cos(angle) / scale, torch.sin(angle) / scale',
    '    theta = torch.stack([torch.stack([cos, -sin, torch.zeros(n)], 1), torch.stack([sin, cos, torch.zeros(n)], 1)], 1)',
    '    grid = F.affine_grid(theta, (n, 1, 8, 8), align_corners=True)',
    '    return F.grid_sample(images.view(n, 1, 8, 8), grid, align_corners=True)',
    '',
    '',
    'class DeformableNet(nn.Module):',
    '    def __init__(self, channels):',
    '        super().__init__()',
    '        self.offsets = nn.Conv2d(1, 2 * 9, 3, padding=1)  # (dy, dx) for each of the 9 taps',
    '        self.deform = nn.Conv2d(1, channels, 3, padding=1)  # its weight and bias, applied by deform_conv2d',
    '        self.conv = nn.Conv2d(channels, 2 * channels, 3, padding=1)',
    '        self.head = nn.Sequential(nn.AvgPool2d(4), nn.Flatten(), nn.Linear(2 * channels * 4, 10))',
    '        nn.init.zeros_(self.offsets.weight)  # it starts as a plain CNN',
    '        nn.init.zeros_(self.offsets.bias)',
    '        for m in (self.deform, self.conv, self.head[2]):',
    "            nn.init.kaiming_uniform_(m.weight, nonlinearity='relu')  # U(-b, b), b = sqrt(6 / fan_in)",
    '            nn.init.zeros_(m.bias)',
    '',
    '    def forward(self, x):',
    '        offset = self.offsets(x)',
    '        x = torch.relu(deform_conv2d(x, offset, self.deform.weight, self.deform.bias, padding=1))',
    '        return self.head(torch.relu(self.conv(x)))',
    '',
    '',
    `torch.manual_seed(${seed})`,
    `net = DeformableNet(${c})`,
    "# Adam with tf.js's epsilon (1e-7), as the site trains.",
    'optimizer = torch.optim.Adam(net.parameters(), lr=LEARNING_RATE, eps=1e-7)',
    'loss_fn = nn.CrossEntropyLoss()',
    'x_test = distorted(x_test)',
    '',
    'batches = minibatches(len(x_train), min(BATCH_SIZE, len(x_train)))',
    'for step in range(1, STEPS + 1):',
    '    rows = next(batches)',
    '    optimizer.zero_grad()',
    '    loss = loss_fn(net(distorted(x_train[rows])), y_train[rows])',
    '    loss.backward()',
    '    optimizer.step()',
    '    if step == 1 or step % EVAL_EVERY == 0 or step == STEPS:',
    '        with torch.no_grad():',
    '            accuracy = (net(x_test).argmax(1) == y_test).float().mean().item()',
    '            offsets = net.offsets(x_test).view(len(x_test), 9, 2, 8, 8)',
    '            mean_offset = offsets.norm(dim=2).mean().item()',
    "        print(f'step {step:4d}  loss {loss.item():.4f}  test accuracy {accuracy:.3f}  mean offset {mean_offset:.3f} px')",
  ].join('\n');
}

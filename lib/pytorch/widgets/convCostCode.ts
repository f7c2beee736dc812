import { validGroupCounts } from '../conv/costFormulaTex';

/** The ConvCost widget's sizes. */
export interface ConvCostSettings {
  C: number;
  M: number;
  K: number;
  H: number;
  W: number;
  g: number;
}

/**
 * The ConvCost widget's table in PyTorch: the eight convolution types built as layers without
 * biases, their weights counted by `numel()`, and their multiply-accumulates as weights × H × W
 * (every weight is used once per output pixel; for the transposed convolution H × W is its
 * input map). Grouped is left out when g does not divide C and M, as the widget does.
 */
export function convCostCode(s: ConvCostSettings): string {
  const grouped = validGroupCounts(s.C, s.M).includes(s.g);
  return [
    'from torch import nn',
    '',
    `C, M, K, H, W, g = ${s.C}, ${s.M}, ${s.K}, ${s.H}, ${s.W}, ${s.g}`,
    '',
    'layers = {',
    "    'standard': nn.Conv2d(C, M, K, bias=False),",
    "    'dilated (d = 2)': nn.Conv2d(C, M, K, dilation=2, bias=False),",
    grouped
      ? "    'grouped': nn.Conv2d(C, M, K, groups=g, bias=False),"
      : `    # 'grouped' is left out: g = ${s.g} does not divide C and M`,
    "    'pointwise': nn.Conv2d(C, M, 1, bias=False),",
    "    'depthwise': nn.Conv2d(C, C, K, groups=C, bias=False),",
    "    'depthwise separable': nn.Sequential(nn.Conv2d(C, C, K, groups=C, bias=False), nn.Conv2d(C, M, 1, bias=False)),",
    "    'spatially separable': nn.Sequential(nn.Conv2d(C, M, (K, 1), bias=False), nn.Conv2d(M, M, (1, K), bias=False)),",
    "    'transposed': nn.ConvTranspose2d(C, M, K, bias=False),",
    '}',
    "standard = sum(p.numel() for p in layers['standard'].parameters())",
    'for name, layer in layers.items():',
    '    weights = sum(p.numel() for p in layer.parameters())',
    '    macs = weights * H * W  # each weight is used once per output pixel (per input pixel for transposed)',
    "    print(f'{name:20s} {weights:>10,} weights {macs:>14,} MACs  {weights / standard:.4f} of standard')",
  ].join('\n');
}

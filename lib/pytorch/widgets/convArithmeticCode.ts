import { exampleKernel, type ExampleKernel } from '../conv/exampleKernels';
import { pyRows } from './pythonLiterals';

/** The ConvArithmetic widget's settings. */
export interface ConvArithmeticSettings {
  mode: 'direct' | 'transposed';
  kernel: number;
  stride: number;
  padding: number | 'same' | 'valid';
  dilation: number;
  outputPadding: number;
  filter: string;
  sample: number;
}

/**
 * The ConvArithmetic widget's convolution in PyTorch: one 8×8 digit (scikit-learn's
 * `load_digits`, pixels scaled to [0, 1]) and the chosen K×K kernel, through `F.conv2d` with
 * stride, padding and dilation, or `F.conv_transpose2d` with stride, padding and
 * output_padding, printing the output's shape (the size formula) and its values.
 */
export function convArithmeticCode(s: ConvArithmeticSettings): string {
  const k = s.kernel;
  const values = exampleKernel(s.filter as ExampleKernel, k);
  const rows = Array.from({ length: k }, (_, r) => values.slice(r * k, (r + 1) * k));
  const transposed = s.mode === 'transposed';
  const padding =
    typeof s.padding === 'string' ? (transposed ? '0' : `'${s.padding}'`) : String(s.padding);
  const call = transposed
    ? `F.conv_transpose2d(x, weight, stride=${s.stride}, padding=${padding}, output_padding=${s.outputPadding})`
    : `F.conv2d(x, weight, stride=${s.stride}, padding=${padding}, dilation=${s.dilation})`;
  return [
    'import torch',
    'import torch.nn.functional as F',
    'from sklearn.datasets import load_digits',
    '',
    `digit = torch.tensor(load_digits().images[${s.sample}], dtype=torch.float32) / 16  # 8x8, pixels scaled to [0, 1]`,
    'x = digit.reshape(1, 1, 8, 8)  # (N, C_in, H, W)',
    `kernel = torch.tensor(${pyRows(rows)}, dtype=torch.float32)  # ${s.filter}, ${k}x${k}`,
    `weight = kernel.reshape(1, 1, ${k}, ${k})  # (C_out, C_in, K, K)`,
    '',
    `y = ${call}`,
    'print(y.shape)',
    'print(y[0, 0])',
  ].join('\n');
}

import { pyRows } from './pythonLiterals';

/**
 * The SeparableKernel widget in PyTorch: the K×K kernel factorised by SVD (its rank is the
 * number of singular values above round-off), the best rank-1 column and row kernels, and one
 * 8×8 digit (scikit-learn's `load_digits`, pixels scaled to [0, 1]) filtered by the kernel and
 * by the column then the row, with 'same' zero padding; the two agree when the rank is 1.
 */
export function separableKernelCode(kernel: readonly (readonly number[])[], digit: number): string {
  const k = kernel.length;
  const half = Math.floor(k / 2);
  return [
    'import torch',
    'import torch.nn.functional as F',
    'from sklearn.datasets import load_digits',
    '',
    `kernel = torch.tensor(${pyRows(kernel)}, dtype=torch.float32)`,
    'U, S, Vh = torch.linalg.svd(kernel)',
    "print('singular values:', S)",
    "print('rank:', int((S > 1e-6 * S[0]).sum()))",
    '# The best rank-1 approximation: kernel ~ column @ row',
    'column = U[:, 0] * S[0].sqrt()',
    'row = Vh[0] * S[0].sqrt()',
    "print('column:', column, 'row:', row)",
    '',
    `digit = torch.tensor(load_digits().images[${Math.min(digit, 1796)}], dtype=torch.float32) / 16  # 8x8, pixels scaled to [0, 1]`,
    'x = digit.reshape(1, 1, 8, 8)',
    `direct = F.conv2d(x, kernel.reshape(1, 1, ${k}, ${k}), padding=${half})`,
    `by_column = F.conv2d(x, column.reshape(1, 1, ${k}, 1), padding=(${half}, 0))`,
    `separable = F.conv2d(by_column, row.reshape(1, 1, 1, ${k}), padding=(0, ${half}))`,
    "print('max |direct - separable|:', (direct - separable).abs().max().item())",
  ].join('\n');
}

import type { PyFailure } from '@/lib/torch/errors';
import { addmmShape, type AddmmStep } from './addmmShape';
import { matmulShape, type MatmulShapeResult } from './matmulShape';
import { formatDims } from '@/lib/torch/formatShape';

export type LinearRoute =
  | { ok: true; kernel: 'addmm' | 'matmul'; shape: number[]; text: string }
  | (PyFailure & { kernel: 'addmm' | 'matmul'; text: string });

/**
 * Which route `F.linear(x, W, b)` takes in PyTorch 1.13 (`at::linear`) and the
 * shape it gives, for W of shape (out_features, in_features):
 * a 2-D input with a bias -> `torch.addmm(b, x, W.t())`; otherwise
 * `torch.matmul(x, W.t())`, then `+ b` if there is a bias (b of shape (out)
 * always broadcasts onto the last dim). Errors are those kernels' own.
 */
export function linearShape(inputShape: readonly number[], inFeatures: number, outFeatures: number, bias = true): LinearRoute {
  const weightT = [inFeatures, outFeatures];
  if (inputShape.length === 2 && bias) {
    const result: { ok: boolean; steps: AddmmStep[] } & ({ shape: number[] } | PyFailure) =
      addmmShape([outFeatures], inputShape, weightT);
    const text = `2-D input with a bias: torch.addmm(bias, input, weight.t()), input ${formatDims(inputShape)} @ ${formatDims(weightT)}`;
    return 'shape' in result ? { ok: true, kernel: 'addmm', shape: result.shape, text } : { ...result, kernel: 'addmm', text };
  }
  const result: MatmulShapeResult = matmulShape(inputShape, weightT);
  const text = `torch.matmul(input, weight.t())${bias ? ' + bias' : ''}, input ${formatDims(inputShape)} @ ${formatDims(weightT)}`;
  if (!result.ok) return { ok: false, errorType: result.errorType, error: result.error, kernel: 'matmul', text };
  return { ok: true, kernel: 'matmul', shape: result.shape, text };
}

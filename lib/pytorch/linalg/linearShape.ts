import type { PyFailure } from '@/lib/pytorch/errors';
import { addmmShape, type AddmmStep } from './addmmShape';
import { matmulShape, type MatmulShapeResult } from './matmulShape';
import { formatDims } from '@/lib/pytorch/formatShape';

export type LinearRoute =
  | { ok: true; kernel: 'addmm' | 'matmul'; shape: number[]; text: string }
  | (PyFailure & { kernel: 'addmm' | 'matmul'; text: string });

/**
 * Which route `F.linear(x, W, b)` takes in PyTorch 1.13 (`at::linear`) and the
 * shape it gives, for W of shape (out_features, in_features):
 * a 2-D input with a bias -> `torch.addmm(b, x, W.t())`; a contiguous 3-D
 * input with a bias -> the same addmm on x viewed as 2-D (first two dims
 * folded), viewed back; otherwise `torch.matmul(x, W.t())`, then `+ b` if
 * there is a bias (b of shape (out) always broadcasts onto the last dim).
 * Errors are those kernels' own. A shape alone cannot tell contiguity: pass
 * `contiguous = false` for a transposed or sliced 3-D input.
 */
export function linearShape(
  inputShape: readonly number[],
  inFeatures: number,
  outFeatures: number,
  bias = true,
  contiguous = true,
): LinearRoute {
  const weightT = [inFeatures, outFeatures];
  if (inputShape.length === 3 && bias && contiguous) {
    const [n0, n1, k] = inputShape;
    const folded = [n0 * n1, k];
    const result: { ok: boolean; steps: AddmmStep[] } & ({ shape: number[] } | PyFailure) =
      addmmShape([outFeatures], folded, weightT);
    const text = `contiguous 3-D input with a bias: torch.addmm(bias, input.view(${n0 * n1}, ${k}), weight.t()).view(${n0}, ${n1}, ${outFeatures}), [${folded.join(', ')}] @ [${weightT.join(', ')}]`;
    return 'shape' in result
      ? { ok: true, kernel: 'addmm', shape: [n0, n1, result.shape[1]], text }
      : { ...result, kernel: 'addmm', text };
  }
  if (inputShape.length === 2 && bias) {
    const result: { ok: boolean; steps: AddmmStep[] } & ({ shape: number[] } | PyFailure) =
      addmmShape([outFeatures], inputShape, weightT);
    const text = `2-D input with a bias: torch.addmm(bias, input, weight.t()), input ${formatDims(inputShape)} @ ${formatDims(weightT)}`;
    return 'shape' in result
      ? { ok: true, kernel: 'addmm', shape: result.shape, text }
      : { ...result, kernel: 'addmm', text };
  }
  const result: MatmulShapeResult = matmulShape(inputShape, weightT);
  const text = `torch.matmul(input, weight.t())${bias ? ' + bias' : ''}, input ${formatDims(inputShape)} @ ${formatDims(weightT)}`;
  if (!result.ok)
    return { ok: false, errorType: result.errorType, error: result.error, kernel: 'matmul', text };
  return { ok: true, kernel: 'matmul', shape: result.shape, text };
}

import { valueError } from './errors';
import { record } from './autograd';
import { binary, SUB, UNARY, unary } from './ops/pointwise';
import { mean, sum } from './ops/reduce';
import { broadcastShapes, expandValues, sumToShape } from './ops/broadcast';
import type { Runtime } from './runtime';
import type { Tensor } from './tensor';
import { formatTorchSize } from './formatShape';

export type Reduction = 'mean' | 'sum' | 'none';

export function checkReduction(r: string): Reduction {
  if (r === 'mean' || r === 'sum' || r === 'none') return r;
  throw valueError(`${r} is not a valid value for reduction`);
}

function sizeWarning(rt: Runtime, input: Tensor, target: Tensor): void {
  const same =
    input.shape.length === target.shape.length &&
    input.shape.every((n, i) => n === target.shape[i]);
  if (!same) {
    rt.warn(
      'UserWarning',
      `Using a target size (${formatTorchSize(target.shape)}) that is different to the input size (${formatTorchSize(input.shape)}). ` +
        'This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.',
    );
  }
}

/**
 * `F.l1_loss` / `nn.L1Loss` in 1.13: `abs(input - target)` then the reduction,
 * so the graph is Mean/Sum <- Abs <- Sub and the gradient is sign(x - t) / n.
 */
export function l1Loss(rt: Runtime, input: Tensor, target: Tensor, reduction: Reduction): Tensor {
  sizeWarning(rt, input, target);
  const diff = unary(rt, UNARY.abs, binary(rt, SUB, input, target));
  if (reduction === 'mean') return mean(rt, diff);
  return reduction === 'sum' ? sum(rt, diff) : diff;
}

/** `F.mse_loss` / `nn.MSELoss`: one MseLossBackward0 node, gradient 2 (x - t) / n. */
export function mseLoss(rt: Runtime, input: Tensor, target: Tensor, reduction: Reduction): Tensor {
  sizeWarning(rt, input, target);
  const shape = broadcastShapes(input.shape, target.shape);
  const x = expandValues(input.values(), input.shape, shape);
  const t = expandValues(target.values(), target.shape, shape);
  const dtype = input.dtype;
  // ATen: pow(input - target, 2) in the input's dtype, then its mean or sum (sum's order).
  const r = dtype === 'float32' ? Math.fround : (v: number) => v;
  const sq = x.map((v, i) => {
    const d = r(v - t[i]);
    return r(d * d);
  });
  const n = sq.length;
  let out: Tensor;
  if (reduction === 'none') out = rt.fromValues(sq, shape, dtype);
  else {
    const wasEnabled = rt.gradEnabled;
    rt.gradEnabled = false;
    try {
      const squares = rt.fromValues(sq, shape, dtype);
      out = reduction === 'mean' ? mean(rt, squares) : sum(rt, squares);
    } finally {
      rt.gradEnabled = wasEnabled;
    }
  }
  const scale = reduction === 'mean' ? 2 / n : 2;
  return record(
    rt,
    'MseLossBackward0',
    [input, target],
    out,
    (g) => {
      // ATen's mse_loss_backward in the input's dtype: (x - t), times 2/n, times grad_output.
      const r = dtype === 'float32' ? Math.fround : (v: number) => v;
      const gi = x.map((v, i) =>
        r(r(r(v - t[i]) * r(scale)) * (reduction === 'none' ? g[i] : g[0])),
      );
      return [
        input.needsGrad ? sumToShape(gi, shape, input.shape) : null,
        target.needsGrad
          ? sumToShape(
              gi.map((v) => -v),
              shape,
              target.shape,
            )
          : null,
      ];
    },
    [input, target],
  );
}

import { record } from '../autograd';
import { scalarTypeName } from '../dtype';
import { indexError, runtimeError, valueError } from '../errors';
import type { Reduction } from '../losses';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';

export interface NllOptions {
  weight: Tensor | null;
  ignoreIndex: number;
  reduction: Reduction;
}

const dims = (s: readonly number[]) => `[${s.join(', ')}]`;

/**
 * `F.nll_loss(logp, target)` as ATen's `nll_loss_nd` runs it: input (C) with
 * a 0-d target, (N, C) with (N), or (N, C, H, W) with (N, H, W) (NllLoss2d).
 * Each position contributes −w[t]·logp[n, t, …]; `mean` divides by the
 * summed weights of the positions not ignored, `none` keeps one loss per
 * position. Checks in ATen's order: dims, batch sizes, target shape, int64
 * target, class range.
 */
export function nllLoss(rt: Runtime, input: Tensor, target: Tensor, o: NllOptions): Tensor {
  const nd = input.shape.length;
  if (nd < 1) throw valueError(`Expected 1 or more dimensions (got ${nd})`);
  if (nd !== 1 && input.shape[0] !== target.shape[0]) {
    throw valueError(
      `Expected input batch_size (${input.shape[0]}) to match target batch_size (${target.shape[0] ?? 0}).`,
    );
  }
  if (nd !== 1 && nd !== 2 && nd !== 4)
    throw runtimeError(`nll_loss over a ${nd}-D input is not supported in this session`);
  if (nd <= 2 && target.shape.length > 1)
    throw runtimeError('0D or 1D target tensor expected, multi-target not supported');
  if (nd === 1 && target.shape.length === 1) {
    if (target.shape[0] !== input.shape[0])
      throw runtimeError(
        `size mismatch (got input: ${dims(input.shape)}, target: ${dims(target.shape)})`,
      );
    throw runtimeError(
      'nll_loss of a 1-D input with a 1-D target is not supported in this session',
    );
  }
  const spatial = nd === 4 ? input.shape.slice(2) : [];
  if (nd === 4 && target.shape.length !== 3)
    throw runtimeError(
      `only batches of spatial targets supported (3D tensors) but got targets of dimension: ${target.shape.length}`,
    );
  if (nd === 4 && target.shape.some((n, i) => n !== [input.shape[0], ...spatial][i])) {
    // ATen's message has no closing parenthesis
    throw runtimeError(
      `size mismatch (got input: ${dims(input.shape)} , target: ${dims(target.shape)}`,
    );
  }
  if (target.dtype !== 'int64')
    throw runtimeError(`expected scalar type Long but found ${scalarTypeName(target.dtype)}`);
  const classes = nd === 1 ? input.shape[0] : input.shape[1];
  if (o.weight && (o.weight.shape.length !== 1 || o.weight.shape[0] !== classes)) {
    throw runtimeError(
      `weight tensor should be defined either for all ${classes} classes or no classes but got weight tensor of shape: ${dims(o.weight.shape)}`,
    );
  }
  const batch = nd === 1 ? 1 : input.shape[0];
  const plane = spatial.reduce((a, b) => a * b, 1);
  const x = input.values();
  const t = target.values();
  const w = o.weight ? o.weight.values() : null;
  const at = new Int32Array(t.length);
  const wt = new Float64Array(t.length);
  const losses = new Float64Array(t.length);
  for (let n = 0; n < batch; n++) {
    for (let s = 0; s < plane; s++) {
      const p = n * plane + s;
      const cls = t[p];
      at[p] = -1;
      if (cls === o.ignoreIndex) continue;
      if (cls < 0 || cls >= classes) throw indexError(`Target ${cls} is out of bounds.`);
      at[p] = (n * classes + cls) * plane + s;
      wt[p] = w ? w[cls] : 1;
      losses[p] = -wt[p] * x[at[p]];
    }
  }
  const totalWeight = wt.reduce((a, b) => a + b, 0);
  const summed = losses.reduce((a, b) => a + b, 0);
  const out =
    o.reduction === 'none'
      ? rt.fromValues(losses, target.shape, input.dtype)
      : rt.fromValues([o.reduction === 'mean' ? summed / totalWeight : summed], [], input.dtype);
  const saved = [input, target, ...(o.weight ? [o.weight] : [])];
  return record(
    rt,
    nd === 4 ? 'NllLoss2DBackward0' : 'NllLossBackward0',
    [input],
    out,
    (g) => {
      const gx = new Float64Array(x.length);
      at.forEach((i, p) => {
        if (i < 0) return;
        const gp =
          o.reduction === 'none' ? g[p] : o.reduction === 'mean' ? g[0] / totalWeight : g[0];
        gx[i] = -wt[p] * gp;
      });
      return [gx];
    },
    saved,
  );
}

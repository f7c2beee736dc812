import { record } from '../autograd';
import type { DType } from '../dtype';
import { isFloating } from '../dtype';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';

/** `x.clone()`: new storage, stays in the graph (CloneBackward0). */
export function clone(rt: Runtime, t: Tensor): Tensor {
  const out = rt.copyOf(t);
  return record(rt, 'CloneBackward0', [t], out, (g) => [g]);
}

/** `x.detach()`: same storage and version counter, no history, requires_grad False. */
export function detach(rt: Runtime, t: Tensor): Tensor {
  return rt.view(t, t.shape.slice(), t.strides.slice(), t.offset);
}

/** `x.data`: same storage but a fresh version counter, so autograd cannot see writes through it. */
export function data(rt: Runtime, t: Tensor): Tensor {
  return rt.view(t, t.shape.slice(), t.strides.slice(), t.offset, { value: 0 });
}

/** `x.to(dtype)`, `x.float()`, ...: self when nothing changes, else a copy (ToCopyBackward0). */
export function toDtype(rt: Runtime, t: Tensor, dtype: DType): Tensor {
  if (dtype === t.dtype) return t;
  const out =
    isFloating(t.dtype) || isFloating(dtype)
      ? rt.fromValues(t.values(), t.shape, dtype)
      : rt.fromExact(t.exactValues(), t.shape, dtype);
  if (!isFloating(dtype)) return out;
  return record(rt, 'ToCopyBackward0', [t], out, (g) => [g]);
}

/** `x.requires_grad_(flag)` / `x.requires_grad = flag`. */
export function setRequiresGrad(t: Tensor, flag: boolean): Tensor {
  if (!t.isLeaf) {
    if (flag) return t;
    throw runtimeError(
      "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().",
    );
  }
  if (flag && !isFloating(t.dtype))
    throw runtimeError('only Tensors of floating point dtype can require gradients');
  t.requiresGrad = flag;
  return t;
}

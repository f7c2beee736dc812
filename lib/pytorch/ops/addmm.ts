import { addmmShape } from '@/lib/pytorch/linalg/addmmShape';
import { record } from '../autograd';
import { PyError, runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { expandValues, sumToShape } from './broadcast';
import { sum } from './reduce';
import { checkKernelDtype } from './linalg';
import { resultType } from './pointwise';

/** Row-major (n x k) @ (k x m), with either operand read transposed from its stored layout. */
function product(
  a: Float64Array,
  b: Float64Array,
  n: number,
  k: number,
  m: number,
  aT = false,
  bT = false,
  round: (v: number) => number = (v) => v,
): Float64Array {
  // Each output accumulates over k in order; in float32 every step is one fused multiply-add
  // rounded to float (a product of two floats is exact in a double), as sgemm's kernel does.
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const x = aT ? a[p * n + i] : a[i * k + p];
      if (x === 0) continue;
      for (let j = 0; j < m; j++)
        out[i * m + j] = round(out[i * m + j] + x * (bT ? b[j * k + p] : b[p * m + j]));
    }
  }
  return out;
}

/** The float32 gradient summed to `target` as ATen's sum_to does: a float32 sum over the broadcast dims. */
function float32SumTo(
  rt: Runtime,
  g: ArrayLike<number>,
  shape: number[],
  target: readonly number[],
): Float64Array {
  const lead = shape.length - target.length;
  const dims = shape
    .map((n, i) => i)
    .filter((i) => i < lead || (target[i - lead] === 1 && shape[i] !== 1));
  if (dims.length === 0) return Float64Array.from(g);
  const wasEnabled = rt.gradEnabled;
  rt.gradEnabled = false;
  try {
    return Float64Array.from(sum(rt, rt.fromValues(g, shape, 'float32'), dims).values());
  } finally {
    rt.gradEnabled = wasEnabled;
  }
}

/**
 * `torch.addmm(bias, m1, m2, beta=1, alpha=1)` = beta * bias + alpha * (m1 @ m2),
 * one AddmmBackward0 node: d bias = beta * G summed to bias's shape,
 * d m1 = alpha * G m2ᵀ, d m2 = alpha * m1ᵀ G. Shape errors are PyTorch 1.13's
 * (`addmmShape`): m1 and m2 must be matrices with matching inner sizes, then the
 * bias must expand to the product's shape.
 */
export function addmm(
  rt: Runtime,
  bias: Tensor,
  m1: Tensor,
  m2: Tensor,
  beta = 1,
  alpha = 1,
): Tensor {
  if (bias.dtype !== m2.dtype) throw runtimeError('self and mat2 must have the same dtype');
  if (m1.dtype !== m2.dtype) throw runtimeError('mat1 and mat2 must have the same dtype');
  const checked = addmmShape(bias.shape, m1.shape, m2.shape);
  if (!checked.ok) throw new PyError(checked.errorType, checked.error);
  checkKernelDtype(m1, 'addmm_impl_cpu_');
  const [n, k] = m1.shape;
  const m = m2.shape[1];
  const shape = [n, m];
  const av = m1.values();
  const bv = m2.values();
  const prod = product(av, bv, n, k, m);
  const biasValues = expandValues(bias.values(), bias.shape, shape);
  const out = rt.fromValues(
    prod.map((x, i) => beta * biasValues[i] + alpha * x),
    shape,
    resultType([bias, m1, m2]),
  );
  const r = m1.dtype === 'float32' ? Math.fround : (v: number) => v;
  return record(
    rt,
    'AddmmBackward0',
    [bias, m1, m2],
    out,
    (g) => [
      bias.needsGrad
        ? bias.dtype === 'float32' && beta === 1
          ? float32SumTo(rt, g, shape, bias.shape)
          : sumToShape(
              g.map((x) => beta * x),
              shape,
              bias.shape,
            )
        : null,
      m1.needsGrad ? product(g, bv, n, m, k, false, true, r).map((x) => alpha * x) : null,
      m2.needsGrad ? product(av, g, k, n, m, true, false, r).map((x) => alpha * x) : null,
    ],
    [m1, m2],
  );
}

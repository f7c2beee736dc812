import { record } from './autograd';
import { promoteTypes, scalarTypeName, isFloating } from './dtype';
import { runtimeError, valueError } from './errors';
import { formatTorchSize } from './formatShape';
import type { Reduction } from './losses';
import { expandValues } from './ops/broadcast';
import type { Runtime } from './runtime';
import type { Tensor } from './tensor';

const EPSILON = 1e-12;

function sameShape(a: Tensor, b: Tensor): boolean {
  return a.shape.length === b.shape.length && a.shape.every((n, i) => n === b.shape[i]);
}

/** Values of an optional weight broadcast over `shape` (ones without a weight). */
function weightValues(weight: Tensor | null, shape: number[], n: number): ArrayLike<number> {
  return weight ? expandValues(weight.values(), weight.shape, shape) : new Float64Array(n).fill(1);
}

/** The reduced (or elementwise) loss and the gradient scale each element's term gets. */
function reduce(
  rt: Runtime,
  terms: number[],
  input: Tensor,
  reduction: Reduction,
  dtype = input.dtype,
): { out: Tensor; per: (g: ArrayLike<number>, i: number) => number } {
  const n = terms.length;
  if (reduction === 'none')
    return { out: rt.fromValues(terms, input.shape.slice(), dtype), per: (g, i) => g[i] };
  const stored = dtype === 'float64' ? terms : terms.map(Math.fround);
  const total = stored.reduce((a, b) => a + b, 0);
  const value = reduction === 'mean' ? total / n : total;
  return {
    out: rt.fromValues([value], [], dtype),
    per: (g) => (reduction === 'mean' ? g[0] / n : g[0]),
  };
}

/**
 * `F.binary_cross_entropy` / `nn.BCELoss` (1.13): -w (t log x + (1 - t) log(1 - x)), each log
 * clamped at -100, one BinaryCrossEntropyBackward0 node with gradient w (x - t) / max(x (1 - x), 1e-12).
 */
export function binaryCrossEntropy(
  rt: Runtime,
  input: Tensor,
  target: Tensor,
  weight: Tensor | null,
  reduction: Reduction,
): Tensor {
  if (!sameShape(input, target))
    throw valueError(
      `Using a target size (${formatTorchSize(target.shape)}) that is different to the input size (${formatTorchSize(input.shape)}) is deprecated. Please ensure they have the same size.`,
    );
  if (target.dtype !== input.dtype)
    throw runtimeError(
      `Found dtype ${scalarTypeName(target.dtype)} but expected ${scalarTypeName(input.dtype)}`,
    );
  const x = input.values();
  const t = target.values();
  if (x.some((v) => v < 0 || v > 1))
    throw runtimeError('all elements of input should be between 0 and 1');
  const w = weightValues(weight, input.shape, x.length);
  const terms = Array.from(
    x,
    (xi, i) =>
      -w[i] * (t[i] * Math.max(Math.log(xi), -100) + (1 - t[i]) * Math.max(Math.log1p(-xi), -100)),
  );
  const { out, per } = reduce(rt, terms, input, reduction);
  return record(
    rt,
    'BinaryCrossEntropyBackward0',
    [input, target],
    out,
    (g) => [
      Float64Array.from(
        x,
        (xi, i) => (per(g, i) * w[i] * (xi - t[i])) / Math.max((1 - xi) * xi, EPSILON),
      ),
      null,
    ],
    [input, target],
  );
}

/**
 * `F.binary_cross_entropy_with_logits` / `nn.BCEWithLogitsLoss` (1.13), in ATen's stable form:
 * (1 - t) x + l (log(e^-m + e^(-x-m)) + m) with m = max(-x, 0) and l = 1 + (pos_weight - 1) t;
 * the gradient is ((pos_weight t + 1 - t) sigmoid(x) - pos_weight t) w.
 */
export function binaryCrossEntropyWithLogits(
  rt: Runtime,
  input: Tensor,
  target: Tensor,
  weight: Tensor | null,
  posWeight: Tensor | null,
  reduction: Reduction,
): Tensor {
  if (!sameShape(input, target))
    throw valueError(
      `Target size (${formatTorchSize(target.shape)}) must be the same as input size (${formatTorchSize(input.shape)})`,
    );
  const dtype = promoteTypes(input.dtype, target.dtype);
  if (!isFloating(target.dtype) && isFloating(input.dtype))
    throw runtimeError(
      `result type ${scalarTypeName(dtype)} can't be cast to the desired output type ${scalarTypeName(target.dtype)}`,
    );
  const x = input.values();
  const t = target.values();
  const n = x.length;
  const w = weightValues(weight, input.shape, n);
  const pw = posWeight ? expandValues(posWeight.values(), posWeight.shape, input.shape) : null;
  const terms = Array.from(x, (xi, i) => {
    const m = Math.max(-xi, 0);
    const lw = pw ? 1 + (pw[i] - 1) * t[i] : 1;
    return w[i] * ((1 - t[i]) * xi + lw * (Math.log(Math.exp(-m) + Math.exp(-xi - m)) + m));
  });
  const { out, per } = reduce(rt, terms, input, reduction, dtype);
  return record(
    rt,
    'BinaryCrossEntropyWithLogitsBackward0',
    [input, target],
    out,
    (g) => [
      Float64Array.from(x, (xi, i) => {
        const s = 1 / (1 + Math.exp(-xi));
        const grad = pw ? (pw[i] * t[i] + 1 - t[i]) * s - pw[i] * t[i] : s - t[i];
        return per(g, i) * w[i] * grad;
      }),
      null,
    ],
    [input, target],
  );
}

import { record } from '../autograd';
import { runtimeError } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { contiguousStrides, numelOf } from '../tensor';
import { resultType } from './pointwise';

/**
 * `torch.einsum(equation, *operands)` without ellipses: every assignment of the labels is
 * visited, each output element summing the product of the operands' elements (in double,
 * rounded once). The grad_fn is what ATen's einsum ends in: PermuteBackward0 for a pure
 * transpose, SumBackward1 when one operand is summed, MulBackward0 for a product with
 * nothing contracted, ViewBackward0 after the bmm of a contraction.
 */
export function einsum(rt: Runtime, equation: string, operands: Tensor[]): Tensor {
  const eq = equation.replace(/\s+/g, '');
  if (eq.includes('.')) throw runtimeError('einsum(): ellipsis is not supported in this session');
  const [lhs, rhs] = eq.includes('->') ? eq.split('->') : [eq, null];
  const inputs = lhs.split(',');
  if (inputs.length !== operands.length)
    throw runtimeError(`einsum(): more operands were provided than specified in the equation`);
  const sizes = new Map<string, number>();
  inputs.forEach((sub, k) => {
    const t = operands[k];
    if (sub.length !== t.shape.length)
      throw runtimeError(
        `einsum(): the number of subscripts in the equation (${sub.length}) does not match the number of dimensions (${t.shape.length}) for operand ${k} and no ellipsis was given`,
      );
    [...sub].forEach((l, d) => {
      const prev = sizes.get(l);
      if (prev !== undefined && prev !== t.shape[d] && prev !== 1 && t.shape[d] !== 1)
        throw runtimeError(
          `einsum(): subscript ${l} has size ${t.shape[d]} for operand ${k} which does not broadcast with previously seen size ${prev}`,
        );
      sizes.set(l, Math.max(prev ?? 1, t.shape[d]));
    });
  });
  const counts = new Map<string, number>();
  for (const l of inputs.join('')) counts.set(l, (counts.get(l) ?? 0) + 1);
  const out =
    rhs ??
    [...counts.keys()]
      .filter((l) => counts.get(l) === 1)
      .sort()
      .join('');
  const labels = [...sizes.keys()];
  const outShape = [...out].map((l) => sizes.get(l)!);
  const outStrides = contiguousStrides(outShape);
  const vals = operands.map((t) => t.values());
  const strides = operands.map((t, k) =>
    labels.map((l) =>
      [...inputs[k]].reduce(
        (s, c, d) => s + (c === l && t.shape[d] !== 1 ? contiguousStrides(t.shape)[d] : 0),
        0,
      ),
    ),
  );
  const outAt = labels.map((l) => (out.includes(l) ? outStrides[out.indexOf(l)] : 0));
  const total = labels.reduce((p, l) => p * sizes.get(l)!, 1);
  const visit = (f: (o: number, at: number[]) => void) => {
    const idx = new Array<number>(labels.length).fill(0);
    for (let c = 0; c < total; c++) {
      let o = 0;
      const at = operands.map(() => 0);
      idx.forEach((v, j) => {
        o += v * outAt[j];
        strides.forEach((s, k) => (at[k] += v * s[j]));
      });
      f(o, at);
      for (let j = labels.length - 1; j >= 0 && ++idx[j] === sizes.get(labels[j]); j--) idx[j] = 0;
    }
  };
  const acc = new Float64Array(numelOf(outShape));
  visit((o, at) => (acc[o] += at.reduce((p, a, k) => p * vals[k][a], 1)));
  const res = rt.fromValues(acc, outShape, resultType(operands));
  const contracted = labels.some((l) => !out.includes(l));
  const name =
    operands.length === 1
      ? contracted
        ? 'SumBackward1'
        : 'PermuteBackward0'
      : contracted
        ? 'ViewBackward0'
        : 'MulBackward0';
  return record(rt, name, operands, res, (g) =>
    operands.map((t, k) => {
      if (!t.needsGrad) return null;
      const grad = new Float64Array(t.numel());
      visit((o, at) => {
        grad[at[k]] += at.reduce((p, a, j) => (j === k ? p : p * vals[j][a]), g[o]);
      });
      return grad;
    }),
  );
}

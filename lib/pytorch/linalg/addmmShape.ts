import { PyError, type PyFailure } from '@/lib/pytorch/errors';
import { expandShape } from './expandShape';
import { mmShape } from './matmulKernels';
import { formatDims } from '@/lib/pytorch/formatShape';

/** One check `torch.addmm` makes, in the order it makes them. */
export interface AddmmStep {
  check: 'mat1-is-matrix' | 'mat2-is-matrix' | 'inner-sizes' | 'bias-broadcast';
  ok: boolean;
  text: string;
}

export type AddmmShapeResult =
  | { ok: true; shape: number[]; steps: AddmmStep[] }
  | (PyFailure & { steps: AddmmStep[] });

/**
 * Result shape of `torch.addmm(bias, m1, m2)` = bias + m1 @ m2, or PyTorch
 * 1.13's error: the structured kernel's meta function checks m1 and m2 are
 * 2-D and that m1.size(1) == m2.size(0) first; then the CPU kernel expands
 * the bias to (m1.size(0), m2.size(1)) with the ordinary expand rules.
 */
export function addmmShape(
  bias: readonly number[],
  m1: readonly number[],
  m2: readonly number[],
): AddmmShapeResult {
  const steps: AddmmStep[] = [];
  const fail = (error: PyFailure, check: AddmmStep['check'], text: string): AddmmShapeResult => {
    steps.push({ check, ok: false, text });
    return { ...error, steps };
  };
  for (const [name, m] of [
    ['mat1', m1],
    ['mat2', m2],
  ] as const) {
    const check = name === 'mat1' ? 'mat1-is-matrix' : 'mat2-is-matrix';
    if (m.length !== 2) {
      return fail(
        new PyError('RuntimeError', `${name} must be a matrix, got ${m.length}-D tensor`).failure(),
        check,
        `${name} is ${m.length}-D, not a matrix`,
      );
    }
    steps.push({ check, ok: true, text: `${name} is a ${m[0]} x ${m[1]} matrix` });
  }
  const product = mmShape(m1, m2);
  if (!product.ok) return fail(product, 'inner-sizes', `inner sizes ${m1[1]} and ${m2[0]} differ`);
  steps.push({
    check: 'inner-sizes',
    ok: true,
    text: `(${m1[0]} x ${m1[1]}) @ (${m2[0]} x ${m2[1]}) = (${m1[0]} x ${m2[1]})`,
  });
  const expanded = expandShape(bias, product.shape);
  if (!expanded.ok)
    return fail(
      expanded,
      'bias-broadcast',
      `bias ${formatDims(bias)} cannot be expanded to ${formatDims(product.shape)}`,
    );
  steps.push({
    check: 'bias-broadcast',
    ok: true,
    text: `bias ${formatDims(bias)} expands to ${formatDims(product.shape)}`,
  });
  return { ok: true, shape: product.shape, steps };
}

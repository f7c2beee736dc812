import { PyError, type PyFailure } from '@/lib/pytorch/errors';
import { expandShape } from './expandShape';
import { mmShape } from './matmulKernels';

/**
 * One check `torch.addmm` makes, in the order it makes them, with the shapes it looked at
 * (the widget words it in the page's language).
 */
export type AddmmStep =
  | { check: 'mat1-is-matrix' | 'mat2-is-matrix'; ok: boolean; shape: number[] }
  | { check: 'inner-sizes'; ok: boolean; left: number[]; right: number[] }
  | { check: 'bias-broadcast'; ok: boolean; bias: number[]; target: number[] };

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
  const fail = (error: PyFailure, step: AddmmStep): AddmmShapeResult => {
    steps.push(step);
    return { ...error, steps };
  };
  for (const [name, m] of [
    ['mat1', m1],
    ['mat2', m2],
  ] as const) {
    const check = name === 'mat1' ? 'mat1-is-matrix' : 'mat2-is-matrix';
    const step: AddmmStep = { check, ok: m.length === 2, shape: [...m] };
    if (!step.ok) {
      return fail(
        new PyError('RuntimeError', `${name} must be a matrix, got ${m.length}-D tensor`).failure(),
        step,
      );
    }
    steps.push(step);
  }
  const product = mmShape(m1, m2);
  const inner: AddmmStep = { check: 'inner-sizes', ok: product.ok, left: [...m1], right: [...m2] };
  if (!product.ok) return fail(product, inner);
  steps.push(inner);
  const expanded = expandShape(bias, product.shape);
  const broadcast: AddmmStep = {
    check: 'bias-broadcast',
    ok: expanded.ok,
    bias: [...bias],
    target: product.shape,
  };
  if (!expanded.ok) return fail(expanded, broadcast);
  steps.push(broadcast);
  return { ok: true, shape: product.shape, steps };
}

import { PyError, type PyFailure } from '@/lib/pytorch/errors';
import { broadcastShapes } from './broadcastShapes';
import { bmmShape, dotShape, mmShape, mvShape, type KernelShape } from './matmulKernels';
import { matmulRuleSteps, type MatmulRuleStep } from './matmulRules';

/** The ATen kernel `torch.matmul` ends in, with the shapes it hands that kernel. */
export interface MatmulKernelCall {
  kernel: 'dot' | 'mv' | 'mm' | 'bmm';
  left: number[];
  right: number[];
  /** leading dimensions of the larger operand folded into the rows of one matrix */
  folded: boolean;
  /** the operands were swapped and transposed (1-D or 2-D @ N-D), the result transposed back */
  transposed: boolean;
}

export type MatmulShapeResult =
  | { ok: true; shape: number[]; call: MatmulKernelCall; steps: MatmulRuleStep[] }
  | (PyFailure & { call: MatmulKernelCall | null; steps: MatmulRuleStep[] });

const prod = (xs: readonly number[]) => xs.reduce((p, v) => p * v, 1);
const swapLastTwo = (s: readonly number[]) => [...s.slice(0, -2), s[s.length - 1], s[s.length - 2]];

/**
 * Result shape of `torch.matmul(a, b)` for operands of shapes `a` and `b`, or
 * PyTorch 1.13's exact error, by the route `_matmul_impl` takes:
 * 1-D @ 1-D -> dot; 2-D @ 1-D -> mv; 1-D @ 2-D -> mm of (1 x k) then squeeze;
 * 2-D @ 2-D -> mm; N-D @ 1-D/2-D (N >= 3) -> fold the leading dims into rows
 * and call mv/mm; 1-D/2-D @ N-D -> the same on the transposed, swapped operands;
 * otherwise broadcast the batch dims, flatten them to B and call bmm.
 * Errors come from those kernels, so they name the internal shapes.
 * `steps` is the textbook rule for the same shapes (see matmulRuleSteps).
 */
export function matmulShape(a: readonly number[], b: readonly number[]): MatmulShapeResult {
  const steps = matmulRuleSteps(a, b);
  const da = a.length;
  const db = b.length;
  if (da === 0 || db === 0) {
    const error = new PyError(
      'RuntimeError',
      `both arguments to matmul need to be at least 1D, but they are ${da}D and ${db}D`,
    ).failure();
    return { ...error, call: null, steps };
  }
  const finish = (
    call: MatmulKernelCall,
    out: KernelShape,
    shape: (kernelShape: number[]) => number[],
  ): MatmulShapeResult =>
    out.ok ? { ok: true, shape: shape(out.shape), call, steps } : { ...out, call, steps };
  const direct = (
    kernel: MatmulKernelCall['kernel'],
    left: number[],
    right: number[],
  ): MatmulKernelCall => ({ kernel, left, right, folded: false, transposed: false });

  if (da === 1 && db === 1) return finish(direct('dot', [...a], [...b]), dotShape(a, b), (s) => s);
  if (da === 2 && db === 1) return finish(direct('mv', [...a], [...b]), mvShape(a, b), (s) => s);
  if (da === 1 && db === 2)
    return finish(direct('mm', [1, a[0]], [...b]), mmShape([1, a[0]], b), (s) => [s[1]]);
  if (da === 2 && db === 2) return finish(direct('mm', [...a], [...b]), mmShape(a, b), (s) => s);

  const foldA = da >= 3 && db <= 2;
  const foldB = db >= 3 && da <= 2;
  if (foldA || foldB) {
    const transposed = db > da;
    const t1 = transposed ? swapLastTwo(b) : [...a];
    const t2 = !transposed ? [...b] : da === 2 ? [a[1], a[0]] : [...a];
    const lead = t1.slice(0, -1);
    const left = [prod(lead), t1[t1.length - 1]];
    const call: MatmulKernelCall = {
      kernel: t2.length === 2 ? 'mm' : 'mv',
      left,
      right: t2,
      folded: true,
      transposed,
    };
    if (t2.length === 1) return finish(call, mvShape(left, t2), () => lead);
    return finish(call, mmShape(left, t2), (s) => {
      const out = [...lead, s[1]];
      return transposed ? swapLastTwo(out) : out;
    });
  }

  const n = da > 1 ? a[da - 2] : 1;
  const m1 = a[da - 1];
  const m2 = db > 1 ? b[db - 2] : b[db - 1];
  const p = db > 1 ? b[db - 1] : 1;
  const batch = broadcastShapes(a.slice(0, Math.max(da - 2, 0)), b.slice(0, Math.max(db - 2, 0)));
  if (!batch.ok) return { ...batch, call: null, steps };
  const total = prod(batch.shape);
  const call = direct('bmm', [total, n, m1], [total, m2, p]);
  return finish(call, bmmShape(call.left, call.right), () => [
    ...batch.shape,
    ...(da > 1 ? [n] : []),
    ...(db > 1 ? [p] : []),
  ]);
}

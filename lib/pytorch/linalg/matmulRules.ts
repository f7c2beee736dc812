import { broadcastShapes, padLeft } from './broadcastShapes';

/**
 * One step of the matmul shape rule, as data (the widget words it in the page's language);
 * `ok: false` ends the list.
 */
export type MatmulRuleStep =
  | { rule: 'prepend-one'; ok: true; before: number[]; after: number[] }
  | { rule: 'append-one'; ok: true; before: number[]; after: number[] }
  | {
      rule: 'line-up-batch';
      ok: true;
      batchA: number[];
      batchB: number[];
      /** both batch shapes padded on the left with 1s to the same length */
      alignedA: number[];
      alignedB: number[];
    }
  | {
      rule: 'broadcast';
      ok: boolean;
      /** broadcast batch shape; null on a clash */
      batch: number[] | null;
      /** index (in the aligned batch dims) and sizes of the first clash found from the right */
      clash: { dim: number; sizeA: number; sizeB: number } | null;
    }
  | {
      rule: 'multiply';
      ok: boolean;
      left: [number, number];
      right: [number, number];
      product: [number, number] | null;
    }
  | {
      rule: 'remove-one';
      ok: true;
      operand: 'a' | 'b';
      before: number[];
      after: number[];
    };

/**
 * The shape rule of `torch.matmul` as the documentation states it: a 1-D first
 * operand gets a 1 prepended, a 1-D second operand a 1 appended; the dims
 * before the last two are batch dims, lined up on the right and broadcast;
 * the last two multiply as matrices, (n x k) @ (k x p) = (n x p); the added 1s
 * are removed from the result. Stops at the first rule that fails.
 */
export function matmulRuleSteps(a: readonly number[], b: readonly number[]): MatmulRuleStep[] {
  const steps: MatmulRuleStep[] = [];
  if (a.length === 0 || b.length === 0) return steps;
  let sa = [...a];
  let sb = [...b];
  if (a.length === 1) {
    sa = [1, a[0]];
    steps.push({
      rule: 'prepend-one',
      ok: true,
      before: [...a],
      after: sa,
    });
  }
  if (b.length === 1) {
    sb = [b[0], 1];
    steps.push({
      rule: 'append-one',
      ok: true,
      before: [...b],
      after: sb,
    });
  }
  const batchA = sa.slice(0, -2);
  const batchB = sb.slice(0, -2);
  const ndim = Math.max(batchA.length, batchB.length);
  const alignedA = padLeft(batchA, ndim);
  const alignedB = padLeft(batchB, ndim);
  steps.push({
    rule: 'line-up-batch',
    ok: true,
    batchA,
    batchB,
    alignedA,
    alignedB,
  });
  const broadcast = broadcastShapes(batchA, batchB);
  if (!broadcast.ok) {
    let dim = ndim - 1;
    while (alignedA[dim] === alignedB[dim] || alignedA[dim] === 1 || alignedB[dim] === 1) dim--;
    const clash = { dim, sizeA: alignedA[dim], sizeB: alignedB[dim] };
    steps.push({
      rule: 'broadcast',
      ok: false,
      batch: null,
      clash,
    });
    return steps;
  }
  steps.push({
    rule: 'broadcast',
    ok: true,
    batch: broadcast.shape,
    clash: null,
  });
  const left: [number, number] = [sa[sa.length - 2], sa[sa.length - 1]];
  const right: [number, number] = [sb[sb.length - 2], sb[sb.length - 1]];
  const fits = left[1] === right[0];
  const product: [number, number] | null = fits ? [left[0], right[1]] : null;
  steps.push({
    rule: 'multiply',
    ok: fits,
    left,
    right,
    product,
  });
  if (!fits) return steps;
  let result = [...broadcast.shape, ...product!];
  if (a.length === 1) {
    const after = [...result.slice(0, -2), result[result.length - 1]];
    steps.push({
      rule: 'remove-one',
      ok: true,
      operand: 'a',
      before: result,
      after,
    });
    result = after;
  }
  if (b.length === 1) {
    const after = result.slice(0, -1);
    steps.push({
      rule: 'remove-one',
      ok: true,
      operand: 'b',
      before: result,
      after,
    });
  }
  return steps;
}

/** The result shape the rule steps arrive at, or null when a rule failed. */
export function ruleResultShape(steps: readonly MatmulRuleStep[]): number[] | null {
  const last = steps[steps.length - 1];
  if (!last || !last.ok) return null;
  if (last.rule === 'remove-one') return last.after;
  if (last.rule === 'multiply' && last.product) {
    const broadcast = steps.find((s) => s.rule === 'broadcast');
    return broadcast && broadcast.rule === 'broadcast'
      ? [...broadcast.batch!, ...last.product]
      : null;
  }
  return null;
}

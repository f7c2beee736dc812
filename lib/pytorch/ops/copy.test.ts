import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { attempt, failureLine } from '../errors';
import type { Tensor } from '../tensor';
import { setRequiresGrad, toDtype } from './copy';
import { testRuntime } from './gradcheck';
import { binary, MUL } from './pointwise';

const rt = testRuntime();
const values = (t: Tensor) => Array.from(t.values());
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};

describe('x.to(dtype) (recorded from PyTorch 1.13.1)', () => {
  it('float to int64 truncates toward zero; to bool is x != 0; to uint8 wraps modulo 256', () => {
    const f = rt.fromValues([-1.7, 2.9, -0.5, 0.5], [4], 'float32');
    expect(values(toDtype(rt, f, 'int64'))).toEqual([-1, 2, 0, 0]);
    expect(values(toDtype(rt, rt.fromValues([-1.7, 0, 0.1], [3], 'float32'), 'bool'))).toEqual([
      1, 0, 1,
    ]);
    expect(values(toDtype(rt, rt.fromValues([300, -1], [2], 'int64'), 'uint8'))).toEqual([44, 255]);
    expect(values(toDtype(rt, rt.fromValues([1, 0], [2], 'bool'), 'float32'))).toEqual([1, 0]);
  });

  it('rounds to the target float: 2**53 + 1 and 2**24 + 1 lose their last bit, 0.1 becomes float32', () => {
    const big = rt.fromExact([2n ** 53n + 1n], [], 'int64');
    expect(values(toDtype(rt, big, 'float32'))).toEqual([9007199254740992]);
    expect(values(toDtype(rt, big, 'float64'))).toEqual([9007199254740992]);
    expect(values(toDtype(rt, rt.fromExact([16777217n], [], 'int64'), 'float32'))).toEqual([
      16777216,
    ]);
    expect(values(toDtype(rt, rt.fromValues([0.1], [1], 'float64'), 'float32'))).toEqual([
      0.10000000149011612,
    ]);
  });

  it('the same dtype returns the tensor itself; a float copy records ToCopyBackward0, an int copy nothing', () => {
    const x = rt.fromValues([1.5, -2], [2], 'float32');
    x.requiresGrad = true;
    expect(toDtype(rt, x, 'float32')).toBe(x);
    const y = toDtype(rt, x, 'float64');
    expect([y.dtype, y.gradFn?.name]).toEqual(['float64', 'ToCopyBackward0']);
    const weighted = binary(rt, MUL, y, rt.fromValues([3, 4], [2], 'float64'));
    runBackward(rt, weighted, Float64Array.of(1, 1), false);
    expect([values(x.grad!), x.grad!.dtype]).toEqual([[3, 4], 'float32']);
    const z = toDtype(rt, x, 'int64');
    expect([z.requiresGrad, z.gradFn]).toEqual([false, null]);
  });
});

describe('requires_grad_ (messages recorded from PyTorch 1.13.1)', () => {
  it('an integer tensor cannot require grad, but may be told not to', () => {
    const long = rt.fromValues([1, 2], [2], 'int64');
    expect(errorLine(() => setRequiresGrad(long, true))).toBe(
      'RuntimeError: only Tensors of floating point dtype can require gradients',
    );
    expect(setRequiresGrad(long, false).requiresGrad).toBe(false);
  });

  it('a non-leaf may be asked to require grad (a no-op) but not to stop', () => {
    const x = rt.fromValues([1.5, -2], [2], 'float32');
    x.requiresGrad = true;
    const w = binary(rt, MUL, x, 2);
    expect(setRequiresGrad(w, true)).toBe(w);
    expect(errorLine(() => setRequiresGrad(w, false))).toBe(
      "RuntimeError: you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().",
    );
  });
});

import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { attempt, failureLine } from '../errors';
import type { Tensor } from '../tensor';
import { clone } from './copy';
import { leaf, testRuntime } from './gradcheck';
import { ADD, DIV, MUL } from './pointwise';
import { assignToView, FILL, inplaceBinary } from './inplace';
import { expand, select, slice } from './views';

const values = (t: Tensor) => Array.from(t.values());
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};
const WEIGHTS = Float64Array.of(1, 2, 3, 4, 5, 6);

// Recorded from PyTorch 1.13.1 (float64): x = [1, 2, 3] and w = [[2], [-1]] require grad;
// y = (x * 1).expand(2, 3).clone(); y.mul_(w); (y * [[1, 2, 3], [4, 5, 6]]).sum().backward()
describe('in-place arithmetic (recorded from PyTorch 1.13.1)', () => {
  it('mul_ rebases the history on MulBackward0 over the old grad_fn and the broadcast operand', () => {
    const rt = testRuntime();
    const x = leaf(rt, [1, 2, 3], [3]);
    const w = leaf(rt, [2, -1], [2, 1]);
    const y = clone(rt, expand(rt, inplaceBinary(rt, clone(rt, x), MUL, 1), [2, 3]));
    const before = y.version.value;
    inplaceBinary(rt, y, MUL, w);
    expect([values(y), y.gradFn?.name, y.version.value - before]).toEqual([
      [2, 4, 6, -1, -2, -3],
      'MulBackward0',
      1,
    ]);
    runBackward(rt, y, WEIGHTS, false);
    expect([values(x.grad!), values(w.grad!)]).toEqual([
      [-2, -1, 0],
      [14, 32],
    ]);
  });

  it('refuses a result that would need a wider shape or a higher dtype category', () => {
    const rt = testRuntime();
    expect(
      errorLine(() =>
        inplaceBinary(rt, rt.full([3], 0, 'float32'), ADD, rt.full([2, 3], 0, 'float32')),
      ),
    ).toBe("RuntimeError: output with shape [3] doesn't match the broadcast shape [2, 3]");
    expect(errorLine(() => inplaceBinary(rt, rt.full([3], 0, 'int64'), MUL, 1.5))).toBe(
      "RuntimeError: result type Float can't be cast to the desired output type Long",
    );
    expect(errorLine(() => inplaceBinary(rt, rt.full([3], 0, 'int64'), DIV, 2n))).toBe(
      "RuntimeError: result type Float can't be cast to the desired output type Long",
    );
    expect(errorLine(() => inplaceBinary(rt, rt.full([3], 0, 'bool'), ADD, 1n))).toBe(
      "RuntimeError: result type Long can't be cast to the desired output type Bool",
    );
  });

  it('fill_ casts into the dtype; int64 arithmetic is exact and wraps past 2**63', () => {
    const rt = testRuntime();
    expect(values(inplaceBinary(rt, rt.full([2], 0, 'int64'), FILL, 2.7))).toEqual([2, 2]);
    expect(values(inplaceBinary(rt, rt.full([2], 0, 'bool'), FILL, 0.2))).toEqual([1, 1]);
    const big = rt.fromExact([2n ** 53n, 2n ** 62n], [2], 'int64');
    expect(inplaceBinary(rt, big, ADD, 1n).exactValues()).toEqual([2n ** 53n + 1n, 2n ** 62n + 1n]);
    const top = rt.fromExact([2n ** 63n - 1n], [1], 'int64');
    expect(inplaceBinary(rt, top, ADD, 1n).exactValues()).toEqual([-(2n ** 63n)]);
  });

  it('a leaf that requires grad, or a view of one, cannot be written while grad mode is on', () => {
    const rt = testRuntime();
    const x = leaf(rt, [1, 2, 3], [3]);
    expect(errorLine(() => inplaceBinary(rt, x, ADD, 1))).toBe(
      'RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.',
    );
    expect(errorLine(() => inplaceBinary(rt, select(rt, x, 0, 0), MUL, 2))).toBe(
      'RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.',
    );
    rt.gradEnabled = false;
    inplaceBinary(rt, x, ADD, 1);
    expect([values(x), x.requiresGrad, x.gradFn]).toEqual([[2, 3, 4], true, null]);
  });
});

describe('x[index] = value (recorded from PyTorch 1.13.1)', () => {
  it('CopySlices: the overwritten part sends no gradient to the old value, the rest flows on', () => {
    const rt = testRuntime();
    const x = leaf(rt, [1, 2, 3], [3]);
    const v = leaf(rt, [10, 20, 30], [3]);
    const r = clone(rt, expand(rt, inplaceBinary(rt, clone(rt, x), MUL, 1), [2, 3]));
    assignToView(rt, r, select(rt, r, 0, 1), v);
    expect([values(r), r.gradFn?.name]).toEqual([[1, 2, 3, 10, 20, 30], 'CopySlices']);
    runBackward(rt, r, WEIGHTS, false);
    expect([values(x.grad!), values(v.grad!)]).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('a column write takes a (2,) value; the value loses its leading 1-sized dims first', () => {
    const rt = testRuntime();
    const s = rt.full([2, 3], 0, 'float64');
    const sv = leaf(rt, [1, 2], [2]);
    assignToView(rt, s, select(rt, s, 1, 1), sv);
    expect(values(s)).toEqual([0, 1, 0, 0, 2, 0]);
    runBackward(rt, s, new Float64Array(6).fill(1), false);
    expect(values(sv.grad!)).toEqual([1, 1]);
    const q = rt.full([2, 3], 0, 'float32');
    assignToView(rt, q, select(rt, q, 0, 0), rt.full([1, 1, 3], 1, 'float64'));
    expect(values(q)).toEqual([1, 1, 1, 0, 0, 0]);
    const ints = rt.full([3], 0, 'int64');
    assignToView(rt, ints, select(rt, ints, 0, 1), 2n ** 60n + 1n);
    expect(ints.exactValues()).toEqual([0n, 2n ** 60n + 1n, 0n]);
  });

  it("a value that does not expand to the view raises copy_'s expand error", () => {
    const rt = testRuntime();
    const q = rt.full([2, 3], 0, 'float32');
    expect(
      errorLine(() => assignToView(rt, q, select(rt, q, 0, 0), rt.full([2], 1, 'float32'))),
    ).toBe(
      'RuntimeError: The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 0.  Target sizes: [3].  Tensor sizes: [2]',
    );
    expect(
      errorLine(() => assignToView(rt, q, select(rt, q, 0, 0), rt.full([2, 3], 1, 'float32'))),
    ).toBe(
      'RuntimeError: expand(torch.FloatTensor{[2, 3]}, size=[3]): the number of sizes provided (1) must be greater or equal to the number of dimensions in the tensor (2)',
    );
    const cols = slice(rt, q, 1, 0, 2, 1);
    expect(errorLine(() => assignToView(rt, q, cols, rt.full([3, 2], 1, 'float32')))).toBe(
      'RuntimeError: The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 0.  Target sizes: [2, 2].  Tensor sizes: [3, 2]',
    );
  });
});

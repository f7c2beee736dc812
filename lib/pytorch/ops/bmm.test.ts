import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { attempt, failureLine } from '../errors';
import { bmm } from './bmm';
import { gradcheck, leaf, testRuntime } from './gradcheck';

const rt = testRuntime();
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};
const zeros = (shape: number[], dtype: 'float32' | 'float64' = 'float32') =>
  rt.full(shape, 0, dtype);

// Recorded from PyTorch 1.13.1 (float64): o = torch.bmm(b1, b2);
// (o * torch.arange(1., 19.).reshape(3, 2, 3)).sum().backward()
describe('bmm: batch by batch, no broadcasting (recorded from PyTorch 1.13.1)', () => {
  it('gives the recorded products and BmmBackward0 gradients', () => {
    const b1 = leaf(rt, [1, 2, 0, -1, 3, 1, 2, 2, 0.5, 0, 1, 4], [3, 2, 2]);
    const b2 = leaf(rt, [1, 0, 2, -1, 3, 1, 2, 2, 0, 1, -2, 1, 4, 1, 1, 0, 1, -1], [3, 2, 3]);
    const out = bmm(rt, b1, b2);
    expect([out.shape, Array.from(out.values()), out.gradFn?.name]).toEqual([
      [3, 2, 3],
      [-1, 6, 4, 1, -3, -1, 7, 4, 1, 6, 0, 2, 2, 0.5, 0.5, 4, 5, -3],
      'BmmBackward0',
    ]);
    runBackward(
      rt,
      out,
      Float64Array.from({ length: 18 }, (_, i) => i + 1),
      false,
    );
    expect(Array.from(b1.grad!.values())).toEqual([7, 8, 16, 17, 30, 0, 42, 0, 81, -1, 99, -1]);
    expect(Array.from(b2.grad!.values())).toEqual([
      1, 2, 3, -2, -1, 0, 41, 46, 51, 27, 30, 33, 22.5, 24, 25.5, 64, 68, 72,
    ]);
  });

  it('empty batches and an empty inner size give zeros of the right shape', () => {
    expect(bmm(rt, zeros([0, 2, 3]), zeros([0, 3, 4])).shape).toEqual([0, 2, 4]);
    const inner = bmm(rt, rt.full([2, 2, 0], 1, 'float32'), rt.full([2, 0, 3], 1, 'float32'));
    expect([inner.shape, Array.from(inner.values())]).toEqual([[2, 2, 3], new Array(12).fill(0)]);
  });

  it('checks ranks, then sizes, then dtypes, in ATen order with its messages', () => {
    expect(errorLine(() => bmm(rt, zeros([2, 2]), zeros([2, 2, 2])))).toBe(
      'RuntimeError: batch1 must be a 3D tensor',
    );
    expect(errorLine(() => bmm(rt, zeros([2, 2, 2]), zeros([2, 2])))).toBe(
      'RuntimeError: batch2 must be a 3D tensor',
    );
    expect(errorLine(() => bmm(rt, zeros([2, 2, 3]), zeros([3, 3, 2])))).toBe(
      'RuntimeError: Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: [3, 3].',
    );
    expect(errorLine(() => bmm(rt, zeros([2, 2, 3]), zeros([2, 2, 2])))).toBe(
      'RuntimeError: Expected size for first two dimensions of batch2 tensor to be: [2, 3] but got: [2, 2].',
    );
    expect(errorLine(() => bmm(rt, zeros([2, 2, 3]), zeros([2, 3, 2], 'float64')))).toBe(
      'RuntimeError: expected scalar type Float but found Double',
    );
  });

  it('differentiates like finite differences', () => {
    const a = leaf(rt, [0.3, -1, 2, 0.5, 1.5, -0.7, 0.2, 0.9, -1.1, 0.4, 0.6, 1.3], [2, 3, 2]);
    const b = leaf(rt, [1, -0.5, 0.25, 2, 0.75, -1.5, 0.1, 0.3], [2, 2, 2]);
    const { analytic, numeric } = gradcheck(rt, (x, y) => bmm(rt, x, y), [a, b]);
    analytic.forEach((g, i) => g.forEach((v, j) => expect(v).toBeCloseTo(numeric[i][j], 6)));
  });
});

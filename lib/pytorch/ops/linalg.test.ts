import { describe, expect, it } from 'vitest';
import { addmm } from './addmm';
import { bmm } from './bmm';
import { gradcheck, leaf, testRuntime } from './gradcheck';
import { dot, matmul, mm, mv } from './linalg';
import { squeeze, unsqueeze } from './views';

const close = (a: number[][], b: number[][]) =>
  a.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(b[i][j], 5)));

describe('matrix products', () => {
  it('mm, mv and dot give the textbook sums', () => {
    const rt = testRuntime();
    const a = rt.fromValues([1, 2, 3, 4, 5, 6], [2, 3], 'float64');
    const b = rt.fromValues([1, 0, 0, 1, 1, 1], [3, 2], 'float64');
    expect(Array.from(mm(rt, a, b).values())).toEqual([4, 5, 10, 11]);
    expect(Array.from(mv(rt, a, rt.fromValues([1, 1, 1], [3], 'float64')).values())).toEqual([
      6, 15,
    ]);
    expect(
      dot(
        rt,
        rt.fromValues([1, 2, 3], [3], 'float64'),
        rt.fromValues([4, 5, 6], [3], 'float64'),
      ).values()[0],
    ).toBe(32);
  });

  it('bmm multiplies batch by batch (recorded: arange(12).reshape(2,2,3) @ arange(6).reshape(2,3,1) = 5, 14, 86, 122)', () => {
    const rt = testRuntime();
    const a = rt.fromValues(
      Array.from({ length: 12 }, (_, i) => i),
      [2, 2, 3],
      'float32',
    );
    const b = rt.fromValues(
      Array.from({ length: 6 }, (_, i) => i),
      [2, 3, 1],
      'float32',
    );
    const out = bmm(rt, a, b);
    expect(out.shape).toEqual([2, 2, 1]);
    expect(Array.from(out.values())).toEqual([5, 14, 86, 122]);
  });

  it('name the dtypes and shapes PyTorch 1.13 names in its errors', () => {
    const rt = testRuntime();
    const f = rt.fromValues([1, 1, 1, 1], [2, 2], 'float32');
    const d = rt.fromValues([1, 1, 1, 1], [2, 2], 'float64');
    expect(() => mm(rt, f, d)).toThrow('expected scalar type Float but found Double');
    expect(() => mm(rt, rt.fromValues([1, 1, 1, 1], [2, 2], 'int64'), f)).toThrow(
      'expected scalar type Long but found Float',
    );
    expect(() => dot(rt, f, f)).toThrow('1D tensors expected, but got 2D and 2D tensors');
    expect(() =>
      dot(rt, rt.fromValues([1], [1], 'float32'), rt.fromValues([1], [1], 'float64')),
    ).toThrow('dot : expected both vectors to have same dtype, but found Float and Double');
    expect(() => addmm(rt, f, f, d)).toThrow('self and mat2 must have the same dtype');
    expect(() => addmm(rt, f, d, f)).toThrow('mat1 and mat2 must have the same dtype');
    expect(() => mm(rt, rt.fromValues([1, 1, 1, 1], [2, 2], 'float16'), f)).toThrow(
      `"addmm_impl_cpu_" not implemented for 'Half'`,
    );
    expect(() => bmm(rt, unsqueeze(rt, f, 0), f)).toThrow('batch2 must be a 3D tensor');
  });

  it('differentiate mm, mv, dot, addmm, bmm and batched matmul like finite differences', () => {
    const rt = testRuntime();
    const a = leaf(rt, [0.5, -1, 2, 1.5, 0.3, -0.7], [2, 3]);
    const b = leaf(rt, [1, -0.5, 0.25, 2, -1, 0.75], [3, 2]);
    const v = leaf(rt, [0.2, -0.4, 1.1], [3]);
    const bias = leaf(rt, [0.1, -0.2], [2]);
    const ba = leaf(
      rt,
      Array.from({ length: 12 }, (_, i) => Math.sin(i)),
      [2, 2, 3],
    );
    const bb = leaf(
      rt,
      Array.from({ length: 12 }, (_, i) => Math.cos(i)),
      [2, 3, 2],
    );
    const views = {
      unsqueeze: (t: typeof a, d: number) => unsqueeze(rt, t, d),
      squeeze: (t: typeof a, d: number) => squeeze(rt, t, d),
    };
    const cases: [(...xs: (typeof a)[]) => typeof a, (typeof a)[]][] = [
      [(x, y) => mm(rt, x, y), [a, b]],
      [(x, y) => mv(rt, x, y), [a, v]],
      [(x, y) => dot(rt, x, y), [v, v]],
      [(c, x, y) => addmm(rt, c, x, y, 0.5, 2), [bias, a, b]],
      [(x, y) => bmm(rt, x, y), [ba, bb]],
      [(x, y) => matmul(rt, x, y, views), [ba, b]],
      [(x, y) => matmul(rt, x, y, views), [v, b]],
    ];
    for (const [f, xs] of cases) {
      const { analytic, numeric } = gradcheck(rt, f, xs);
      close(analytic, numeric);
    }
  });
});

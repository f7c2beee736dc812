import { describe, expect, it } from 'vitest';
import { writeValues } from './inplace';
import { gradcheck, leaf, testRuntime } from './gradcheck';
import {
  expand,
  permute,
  reshape,
  select,
  slice,
  squeeze,
  t2,
  transpose,
  unsqueeze,
  view,
} from './views';

describe('view ops', () => {
  it('share storage and version counter with their source: a write through the view is seen by both', () => {
    const rt = testRuntime();
    const x = rt.fromValues([0, 1, 2, 3, 4, 5], [2, 3], 'float64');
    const v = select(rt, x, 1, 2);
    expect(v.storage).toBe(x.storage);
    expect(Array.from(v.values())).toEqual([2, 5]);
    writeValues(v, [20, 50]);
    expect(Array.from(x.values())).toEqual([0, 1, 20, 3, 4, 50]);
    expect(x.version.value).toBe(1);
  });

  it('give PyTorch strides: transpose swaps, expand uses 0, unsqueeze inserts, slice scales by step', () => {
    const rt = testRuntime();
    const x = rt.fromValues(
      Array.from({ length: 24 }, (_, i) => i),
      [2, 3, 4],
      'float64',
    );
    expect(transpose(rt, x, 0, 2).strides).toEqual([1, 4, 12]);
    expect(permute(rt, x, [1, 2, 0]).strides).toEqual([4, 1, 12]);
    expect(expand(rt, rt.fromValues([1, 2, 3], [3, 1], 'float64'), [2, 3, 4]).strides).toEqual([
      0, 1, 0,
    ]);
    expect(unsqueeze(rt, x, 1).shape).toEqual([2, 1, 3, 4]);
    const s = slice(rt, x, 2, 1, null, 2);
    expect([s.shape, s.strides, s.offset]).toEqual([[2, 3, 2], [12, 4, 2], 1]);
    expect(squeeze(rt, unsqueeze(rt, x, 0)).shape).toEqual([2, 3, 4]);
  });

  it('view refuses a non-contiguous tensor; reshape copies it instead', () => {
    const rt = testRuntime();
    const x = rt.fromValues([0, 1, 2, 3, 4, 5], [2, 3], 'float64');
    const tr = t2(rt, x);
    expect(() => view(rt, tr, [6])).toThrow(/view size is not compatible/);
    const r = reshape(rt, tr, [6]);
    expect(r.storage).not.toBe(x.storage);
    expect(Array.from(r.values())).toEqual([0, 3, 1, 4, 2, 5]);
    expect(reshape(rt, x, [3, -1]).storage).toBe(x.storage);
    expect(() => reshape(rt, x, [4, -1])).toThrow("shape '[4, -1]' is invalid for input of size 6");
  });

  it('scatter gradients back to the elements each view reads', () => {
    const rt = testRuntime();
    const x = leaf(rt, [1, 2, 3, 4, 5, 6], [2, 3]);
    const checks = [
      (t: typeof x) => transpose(rt, t, 0, 1),
      (t: typeof x) => slice(rt, t, 1, 0, 3, 2),
      (t: typeof x) => expand(rt, unsqueeze(rt, t, 0), [4, 2, 3]),
      (t: typeof x) => select(rt, t, 0, -1),
    ];
    for (const f of checks) {
      const { analytic, numeric } = gradcheck(rt, f, [x]);
      analytic[0].forEach((g, i) => expect(g).toBeCloseTo(numeric[0][i], 5));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { broadcastShapes, expandValues, sumToShape } from './broadcast';
import { clone, data, detach, toDtype } from './copy';
import { arange, inferData, linspace, tensorFromData, unpackLong } from './create';
import { testRuntime } from './gradcheck';
import { ADD, MUL } from './pointwise';
import { FILL, inplaceBinary } from './inplace';
import { normalInplace, randperm } from './randomOps';

describe('creation, copies, in-place writes and broadcasting', () => {
  it('infers shape and dtype from nested Python data, keeping ints exact', () => {
    expect(
      inferData([
        [1n, 2n],
        [3n, 4n],
      ]),
    ).toMatchObject({ shape: [2, 2], dtype: 'int64', exact: [1n, 2n, 3n, 4n] });
    expect(inferData([1n, 2.5, true])).toMatchObject({ shape: [3], dtype: 'float32', exact: null });
    expect(() => inferData([[1n], [2n, 3n]])).toThrow(
      'expected sequence of length 1 at dim 1 (got 2)',
    );
    expect(unpackLong(2n ** 63n - 1n)).toBe(2n ** 63n - 1n);
    expect(() => unpackLong(2n ** 63n)).toThrow('Overflow when unpacking long');
    const rt = testRuntime();
    expect(tensorFromData(rt, [-(2n ** 62n) - 1n], null, false).exactValues()).toEqual([
      -(2n ** 62n) - 1n,
    ]);
  });

  it('arange and linspace hit their closed forms', () => {
    const rt = testRuntime();
    expect(Array.from(arange(rt, 1, 7, 2, 'int64', false).values())).toEqual([1, 3, 5]);
    expect(Array.from(linspace(rt, 0, 1, 5, 'float64').values())).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('detach shares storage and version counter; .data shares storage with a fresh counter; clone copies', () => {
    const rt = testRuntime();
    const x = rt.fromValues([1, 2], [2], 'float32');
    const d = detach(rt, x);
    const dt = data(rt, x);
    const c = clone(rt, x);
    expect([d.storage, d.version]).toEqual([x.storage, x.version]);
    expect(dt.storage).toBe(x.storage);
    expect(dt.version).not.toBe(x.version);
    expect(c.storage).not.toBe(x.storage);
    inplaceBinary(rt, dt, ADD, 1);
    expect([Array.from(x.values()), x.version.value, Array.from(c.values())]).toEqual([
      [2, 3],
      0,
      [1, 2],
    ]);
    expect(
      toDtype(rt, rt.fromExact([2n ** 40n + 3n], [1], 'int64'), 'int32').exactValues(),
    ).toEqual([3n]);
  });

  it('in-place ops bump the version, refuse leaves that require grad, and fill casts into integers', () => {
    const rt = testRuntime();
    const x = rt.fromValues([1, 2], [2], 'float32');
    inplaceBinary(rt, x, MUL, 3);
    expect([Array.from(x.values()), x.version.value]).toEqual([[3, 6], 1]);
    x.requiresGrad = true;
    expect(() => inplaceBinary(rt, x, ADD, 1)).toThrow(
      'a leaf Variable that requires grad is being used in an in-place operation.',
    );
    const i = rt.fromValues([0, 0], [2], 'int64');
    expect(Array.from(inplaceBinary(rt, i, FILL, 2.7).values())).toEqual([2, 2]);
    expect(() => inplaceBinary(rt, i, ADD, 0.5)).toThrow(
      "result type Float can't be cast to the desired output type Long",
    );
  });

  it('broadcasting and its adjoint: <expand(v), g> equals <v, sumToShape(g)>', () => {
    expect(broadcastShapes([2, 1, 3], [4, 1])).toEqual([2, 4, 3]);
    expect(() => broadcastShapes([3], [2])).toThrow(
      'The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0',
    );
    const v = Float64Array.from([1, -2, 3]);
    const g = Float64Array.from({ length: 12 }, (_, i) => Math.sin(i));
    const lhs = expandValues(v, [3, 1], [3, 4]).reduce((s, x, i) => s + x * g[i], 0);
    const rhs = sumToShape(g, [3, 4], [3, 1]).reduce((s, x, i) => s + x * v[i], 0);
    expect(lhs).toBeCloseTo(rhs, 12);
  });

  it('randperm is a permutation; normal_ scales and shifts N(0, 1) draws of the same stream', () => {
    const rt = testRuntime();
    rt.generator.manualSeed(0);
    // Recorded from PyTorch 1.13.1: torch.manual_seed(0); torch.randperm(10)
    expect(Array.from(randperm(rt, 10, 'int64', false).values())).toEqual([
      4, 1, 7, 5, 3, 9, 0, 8, 6, 2,
    ]);
    const a = rt.fromValues(new Array(40).fill(0), [40], 'float64');
    const b = rt.fromValues(new Array(40).fill(0), [40], 'float64');
    rt.generator.manualSeed(3);
    normalInplace(rt, a, 0, 1);
    rt.generator.manualSeed(3);
    normalInplace(rt, b, 2, 0.5);
    b.values().forEach((y, i) => expect(y).toBeCloseTo(2 + 0.5 * a.values()[i], 12));
    expect(() => normalInplace(rt, a, 0, -1)).toThrow(
      'normal expects std >= 0.0, but found std -1',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { attempt, failureLine } from '../errors';
import type { Runtime } from '../runtime';
import type { Tensor } from '../tensor';
import { dropout } from './dropout';
import { testRuntime } from './gradcheck';
import { uniformInplace } from './inplace';
import { normalScalar, normalTensor, randperm } from './randomOps';

const values = (t: Tensor) => Array.from(t.values());
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};
/** A runtime after `torch.manual_seed(seed)`. */
const seeded = (seed: number): Runtime => {
  const rt = testRuntime();
  rt.generator.manualSeed(seed);
  return rt;
};

describe('seeded draws match torch.manual_seed(s) in PyTorch 1.13.1', () => {
  it('dropout keeps an element when its 53-bit uniform is below 1 - p and scales it by 1/(1 - p)', () => {
    const rt = seeded(0);
    const out = dropout(rt, rt.full([10], 1, 'float32'), 0.3, true);
    const k = 1.4285714626312256; // float32(1 / float32(0.7))
    expect(values(out)).toEqual([0, 0, k, 0, k, 0, k, k, k, k]);
    expect(out.gradFn).toBeNull();
    const rt64 = seeded(5);
    expect(values(dropout(rt64, rt64.full([2, 4], 1, 'float64'), 0.25, true))).toEqual([
      4 / 3,
      4 / 3,
      4 / 3,
      4 / 3,
      4 / 3,
      0,
      4 / 3,
      4 / 3,
    ]);
  });

  it('dropout with p = 0, in eval mode or on an empty tensor returns its input; p = 1 zeroes without drawing', () => {
    const rt = seeded(4);
    const x = rt.full([3], 1, 'float32');
    expect(dropout(rt, x, 0, true)).toBe(x);
    expect(dropout(rt, x, 0.5, false)).toBe(x);
    expect(values(dropout(rt, x, 1, true))).toEqual([0, 0, 0]);
    expect(errorLine(() => dropout(rt, rt.full([3], 1, 'int64'), 0.5, true))).toBe(
      "RuntimeError: result type Float can't be cast to the desired output type Long",
    );
  });

  it('uniform_(-1, 2) draws float32 and float64 values from the same stream', () => {
    const rt = seeded(3);
    const f = uniformInplace(rt, rt.full([5], 0, 'float32'), -1, 2);
    expect(values(f)).toEqual([
      -0.9872094392776489, -0.6832919120788574, -0.14247256517410278, -0.9191355109214783,
      0.4148430824279785,
    ]);
    const rt64 = seeded(3);
    expect(values(uniformInplace(rt64, rt64.full([3], 0, 'float64'), -1, 2))).toEqual([
      -0.8976754130484386, -0.13977931983607916, 1.318744832985753,
    ]);
    expect(errorLine(() => uniformInplace(rt, rt.full([3], 0, 'float32'), 2, 1))).toBe(
      'RuntimeError: uniform_ expects to return a [from, to) range, but found from=2 > to=1',
    );
    expect(errorLine(() => uniformInplace(rt, rt.full([2], 0, 'int64'), 0, 1))).toBe(
      `RuntimeError: "check_uniform_bounds" not implemented for 'Long'`,
    );
  });

  it('normal(2, 3, size) in float32 and float64', () => {
    const rt = seeded(1);
    expect(values(normalScalar(rt, 2, 3, [4], 'float32'))).toEqual([
      3.9840564727783203, 2.800772190093994, 2.1850318908691406, 3.8639519214630127,
    ]);
    const rt64 = seeded(1);
    values(normalScalar(rt64, 2, 3, [3], 'float64')).forEach((v, i) =>
      expect(v).toBeCloseTo([3.984056514711357, 2.8007722948775564, 2.185031774712045][i], 14),
    );
    expect(errorLine(() => normalScalar(rt, 0, -1, [2], 'float32'))).toBe(
      'RuntimeError: normal expects std >= 0.0, but found std -1',
    );
  });

  it('normal(mean tensor, std tensor) broadcasts the two and scales N(0, 1) draws', () => {
    const rt = seeded(2);
    const mean = rt.fromValues([0, 10, 100], [3], 'float32');
    expect(values(normalTensor(rt, mean, rt.fromValues([1, 0.5, 2], [3], 'float32')))).toEqual([
      0.39229682087898254, 9.88821792602539, 99.36100006103516,
    ]);
    const rt2 = seeded(2);
    const wide = normalTensor(
      rt2,
      rt2.fromValues([0, 10], [2, 1], 'float32'),
      rt2.fromValues([1, 2, 3], [3], 'float32'),
    );
    expect([wide.shape, values(wide)]).toEqual([
      [2, 3],
      [
        0.39229682087898254, -0.447128027677536, -0.9585008025169373, 8.794962882995605,
        12.088927268981934, 8.100317001342773,
      ],
    ]);
    expect(
      errorLine(() =>
        normalTensor(rt, rt.full([2], 0, 'float32'), rt.fromValues([1, -1], [2], 'float32')),
      ),
    ).toBe('RuntimeError: normal expects all elements of std >= 0.0');
    expect(
      errorLine(() => normalTensor(rt, rt.full([2], 0, 'float32'), rt.full([3], 1, 'float32'))),
    ).toBe(
      'RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0',
    );
  });

  it('randperm(6) after manual_seed(0)', () => {
    expect(values(randperm(seeded(0), 6, 'int64', false))).toEqual([2, 5, 3, 0, 1, 4]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import type { Tensor } from '../tensor';
import { convolution, type Conv2dGeometry } from './conv2d';
import { gradcheck, leaf, testRuntime } from './gradcheck';

interface Ramp {
  n: number;
  scale: number;
  fn: 'sin' | 'cos';
  shape: number[];
}
interface RecordedCase {
  name: string;
  input: Ramp;
  weight: Ramp;
  bias: number[] | null;
  outShape: number[];
  gradFn: string;
  out: number[];
  gradInput: number[];
  gradWeight: number[];
  gradBias: number[] | null;
}

/** F.conv2d / F.conv_transpose2d recorded by scripts/oracles/record_conv2d_kernel.py. */
const recorded: RecordedCase[] = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/oracles/conv2d_kernel.json'), 'utf8'),
).cases;

/** Each case's call as the geometry the caller hands the kernel (top/left padding only). */
const CALLS: Record<string, { geometry: Conv2dGeometry; transposed: boolean }> = {
  // F.conv2d(x, w, b, stride=2, padding=1, groups=2)
  grouped_strided: {
    geometry: { stride: [2, 2], padding: [1, 1], dilation: [1, 1], groups: 2 },
    transposed: false,
  },
  // padding='same' with a 2x2 kernel: 0 before, 1 after, which only the output size shows
  same_even_kernel: {
    geometry: { stride: [1, 1], padding: [0, 0], dilation: [1, 1], groups: 1 },
    transposed: false,
  },
  // stride=(1, 2), dilation=(2, 1)
  dilated: {
    geometry: { stride: [1, 2], padding: [0, 0], dilation: [2, 1], groups: 1 },
    transposed: false,
  },
  // F.conv_transpose2d(x, w, b, stride=2, padding=1, output_padding=1)
  transposed: {
    geometry: { stride: [2, 2], padding: [1, 1], dilation: [1, 1], groups: 1 },
    transposed: true,
  },
};

const rt = testRuntime();
const ramp = (r: Ramp): Tensor =>
  leaf(
    rt,
    Array.from({ length: r.n }, (_, i) => Math[r.fn](i * r.scale)),
    r.shape,
  );
const expectClose = (actual: Tensor | null, expected: number[], what: string) => {
  const got = Array.from(actual!.values());
  expect(got.length, what).toBe(expected.length);
  got.forEach((v, i) => expect(v, `${what}[${i}]`).toBeCloseTo(expected[i], 9));
};

describe('convolution kernel against PyTorch 1.13.1 (values and gradients)', () => {
  it('the fixture holds every geometry the test drives', () => {
    expect(recorded.map((c) => c.name).sort()).toEqual(Object.keys(CALLS).sort());
  });
  for (const c of recorded) {
    it(`${c.name}: output, and gradients to input, weight and bias`, () => {
      const { geometry, transposed } = CALLS[c.name];
      const x = ramp(c.input);
      const w = ramp(c.weight);
      const b = c.bias ? leaf(rt, c.bias, [c.bias.length]) : null;
      const out = convolution(rt, x, w, b, geometry, c.outShape, transposed);
      expect([out.shape, out.gradFn?.name]).toEqual([c.outShape, c.gradFn]);
      expectClose(out, c.out, 'out');
      const g = Float64Array.from({ length: out.numel() }, (_, k) => Math.cos(0.37 * k));
      runBackward(rt, out, g, false);
      expectClose(x.grad, c.gradInput, 'grad input');
      expectClose(w.grad, c.gradWeight, 'grad weight');
      if (c.gradBias) expectClose(b!.grad, c.gradBias, 'grad bias');
    });
  }
});

describe('convolution kernel (closed forms)', () => {
  it('a 1x1 kernel scales each pixel; a bias adds per output channel', () => {
    const x = rt.fromValues([1, 2, 3, 4, 10, 20, 30, 40], [1, 2, 2, 2], 'float64');
    const w = rt.fromValues([2, 0.5], [1, 2, 1, 1], 'float64');
    const out = convolution(
      rt,
      x,
      w,
      rt.fromValues([-1], [1], 'float64'),
      { stride: [1, 1], padding: [0, 0], dilation: [1, 1], groups: 1 },
      [1, 1, 2, 2],
      false,
    );
    expect(Array.from(out.values())).toEqual([6, 13, 20, 27]);
  });

  it('a float32 input gives a float32 result, with no grad_fn when nothing requires grad', () => {
    const x = rt.fromValues([1, 2, 3, 4], [1, 1, 2, 2], 'float32');
    const w = rt.fromValues([1, 1, 1, 1], [1, 1, 2, 2], 'float32');
    const geometry: Conv2dGeometry = {
      stride: [1, 1],
      padding: [0, 0],
      dilation: [1, 1],
      groups: 1,
    };
    const out = convolution(rt, x, w, null, geometry, [1, 1, 1, 1], false);
    expect([out.dtype, Array.from(out.values()), out.gradFn]).toEqual(['float32', [10], null]);
  });

  it('the transposed convolution is the adjoint of the direct one: <conv(x), y> = <x, convT(y)>', () => {
    const geometry: Conv2dGeometry = {
      stride: [2, 1],
      padding: [1, 0],
      dilation: [1, 2],
      groups: 1,
    };
    const x = ramp({ n: 2 * 7 * 6, scale: 0.3, fn: 'sin', shape: [1, 2, 7, 6] });
    const w = ramp({ n: 3 * 2 * 3 * 2, scale: 0.8, fn: 'cos', shape: [3, 2, 3, 2] });
    const small = [1, 3, 4, 4];
    const y = ramp({ n: 48, scale: 0.55, fn: 'cos', shape: small });
    const cx = convolution(rt, x, w, null, geometry, small, false);
    const ty = convolution(rt, y, w, null, geometry, [1, 2, 7, 6], true);
    const dot = (a: Tensor, b: Tensor) => {
      const bv = b.values();
      return a.values().reduce((s, v, i) => s + v * bv[i], 0);
    };
    expect(dot(cx, y)).toBeCloseTo(dot(x, ty), 10);
  });

  it('differentiates like finite differences with groups, stride and dilation', () => {
    const x = ramp({ n: 2 * 4 * 5 * 4, scale: 0.45, fn: 'sin', shape: [2, 4, 5, 4] });
    const w = ramp({ n: 4 * 2 * 2 * 2, scale: 0.6, fn: 'cos', shape: [4, 2, 2, 2] });
    const b = leaf(rt, [0.1, -0.2, 0.3, 0.4], [4]);
    const geometry: Conv2dGeometry = {
      stride: [2, 1],
      padding: [1, 0],
      dilation: [1, 2],
      groups: 2,
    };
    const { analytic, numeric } = gradcheck(
      rt,
      (xi, wi, bi) => convolution(rt, xi, wi, bi, geometry, [2, 4, 3, 2], false),
      [x, w, b],
    );
    analytic.forEach((g, i) => g.forEach((v, j) => expect(v).toBeCloseTo(numeric[i][j], 5)));
  });
});

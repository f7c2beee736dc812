import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { attempt, failureLine } from '../errors';
import type { Tensor } from '../tensor';
import { testRuntime } from './gradcheck';
import { implicitSoftmaxDim, softmax } from './softmax';

const rt = testRuntime();
const values = (t: Tensor) => Array.from(t.values());
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};
/** float32 results agree with PyTorch's to about one float32 ulp. */
const expectFloat32 = (actual: number[], expected: number[]) =>
  actual.forEach((v, i) =>
    Number.isFinite(expected[i])
      ? expect(v).toBeCloseTo(expected[i], 6)
      : expect(v).toBe(expected[i]),
  );

describe('softmax / log_softmax (recorded from PyTorch 1.13.1, float32)', () => {
  const x = () => rt.fromValues([1, 2, 3, 1000, 1001, -Infinity], [2, 3], 'float32');

  it('subtracts the max, so 1000 and 1001 behave like 0 and 1; -inf gets probability 0', () => {
    expectFloat32(
      values(softmax(rt, x(), 1, false)),
      [
        0.09003057330846786, 0.2447284758090973, 0.6652409434318542, 0.2689414322376251,
        0.7310585975646973, 0,
      ],
    );
    expectFloat32(values(softmax(rt, x(), 1, true)), [
      -2.4076058864593506,
      -1.4076058864593506,
      -0.40760594606399536,
      -1.31326162815094,
      -0.31326165795326233,
      -Infinity,
    ]);
    expect(values(softmax(rt, x(), 0, false))).toEqual([0, 0, 1, 1, 1, 0]);
  });

  it('a slice of only -inf is nan; a 0-d tensor is its own slice', () => {
    const allInf = softmax(rt, rt.fromValues([-Infinity, -Infinity], [2], 'float32'), 0, false);
    expect(values(allInf).every(Number.isNaN)).toBe(true);
    expect(values(softmax(rt, rt.fromValues([3], [], 'float32'), 0, false))).toEqual([1]);
    expect(values(softmax(rt, rt.fromValues([3], [], 'float32'), -1, true))).toEqual([0]);
  });

  it('gradients: softmax y (g - Σ g y), log_softmax g - exp(y) Σ g', () => {
    const data = [0.5, -1.2, 2, 1.5, 0.3, -0.7];
    const g = Float64Array.of(1, 2, 3, 4, 5, 6);
    const a = rt.fromValues(data, [2, 3], 'float32');
    a.requiresGrad = true;
    const y = softmax(rt, a, 1, false);
    expect(y.gradFn?.name).toBe('SoftmaxBackward0');
    runBackward(rt, y, g, false);
    expectFloat32(
      values(a.grad!),
      [
        -0.2850562036037445, -0.019823743030428886, 0.30487993359565735, -0.26222142577171326,
        0.13433118164539337, 0.12789031863212585,
      ],
    );
    const b = rt.fromValues(data, [2, 3], 'float32');
    b.requiresGrad = true;
    const ly = softmax(rt, b, 0, true);
    expect(ly.gradFn?.name).toBe('LogSoftmaxBackward0');
    runBackward(rt, ly, g, false);
    expectFloat32(
      values(b.grad!),
      [
        -0.3447071611881256, 0.7230215072631836, -5.433239459991455, 0.34470701217651367,
        -0.7230210900306702, 5.433239936828613,
      ],
    );
  });

  it("names ATen's kernel (with _lastdim when the dim is the last) for an integer input", () => {
    const ints = (shape: number[]) => rt.full(shape, 1, 'int64');
    expect(errorLine(() => softmax(rt, ints([2]), 0, false))).toBe(
      `RuntimeError: "softmax_lastdim_kernel_impl" not implemented for 'Long'`,
    );
    expect(errorLine(() => softmax(rt, ints([1, 2]), 0, false))).toBe(
      `RuntimeError: "softmax_kernel_impl" not implemented for 'Long'`,
    );
    expect(errorLine(() => softmax(rt, ints([1, 2]), 1, true))).toBe(
      `RuntimeError: "log_softmax_lastdim_kernel_impl" not implemented for 'Long'`,
    );
    expect(errorLine(() => softmax(rt, rt.full([2, 3], 0, 'float32'), 2, false))).toBe(
      'IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)',
    );
  });

  it("F.softmax without dim picks torch.nn.functional._get_softmax_dim's choice", () => {
    expect([0, 1, 2, 3, 4].map(implicitSoftmaxDim)).toEqual([0, 0, 1, 0, 1]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { attempt, failureLine } from '../errors';
import { leaf, testRuntime } from './gradcheck';
import { avgPool2d, maxPool2d, type Pool2dOptions } from './pool2d';

interface RecordedPool {
  name: string;
  kind: string;
  args: Record<string, number | number[] | boolean>;
  outShape: number[];
  gradFn: string;
  out: number[];
  gradInput: number[];
}

/** F.max_pool2d / F.avg_pool2d recorded by scripts/oracles/record_pool_pad_kernel.py. */
const recorded: RecordedPool[] = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/oracles/pool_pad_kernel.json'), 'utf8'),
).cases.filter((c: RecordedPool) => c.kind === 'max' || c.kind === 'avg');

const rt = testRuntime();
const pair = (v: unknown, dflt: number): [number, number] =>
  v === undefined ? [dflt, dflt] : Array.isArray(v) ? [v[0], v[1]] : [v as number, v as number];

/** F.*_pool2d's keyword arguments as the op's options (stride defaults to the kernel). */
function options(args: RecordedPool['args']): Pool2dOptions {
  const kernel = pair(args.kernel_size, 1);
  return {
    kernel,
    stride: args.stride === undefined ? kernel : pair(args.stride, 1),
    padding: pair(args.padding, 0),
    dilation: pair(args.dilation, 1),
    ceilMode: args.ceil_mode === true,
    countIncludePad: args.count_include_pad !== false,
    divisorOverride: (args.divisor_override as number | undefined) ?? null,
  };
}
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};
const zeros = (shape: number[], dtype: 'float32' | 'int64' = 'float32') => rt.full(shape, 0, dtype);
/** F.*_pool2d(x, kernel) then any option replaced. */
const opts = (
  kernel: number | [number, number],
  more: Partial<Pool2dOptions> = {},
): Pool2dOptions => ({ ...options({ kernel_size: kernel }), ...more });

describe('max_pool2d / avg_pool2d against PyTorch 1.13.1', () => {
  it('the fixture has the four pooling cases', () => expect(recorded).toHaveLength(4));
  for (const c of recorded) {
    it(`${c.name}: output and the gradient routed back`, () => {
      const x = leaf(
        rt,
        Array.from({ length: 60 }, (_, k) => Math.sin(0.61 * k)),
        [1, 2, 5, 6],
      );
      const out = (c.kind === 'max' ? maxPool2d : avgPool2d)(rt, x, options(c.args));
      expect([out.shape, out.gradFn?.name]).toEqual([c.outShape, c.gradFn]);
      Array.from(out.values()).forEach((v, i) => expect(v).toBeCloseTo(c.out[i], 10));
      runBackward(
        rt,
        out,
        Float64Array.from({ length: out.numel() }, (_, k) => k + 1),
        false,
      );
      Array.from(x.grad!.values()).forEach((v, i) => expect(v).toBeCloseTo(c.gradInput[i], 10));
    });
  }
});

describe('pooling details (recorded from PyTorch 1.13.1)', () => {
  it('a NaN wins a max window; a tie routes the gradient to the first maximum', () => {
    const nan = rt.fromValues([1, NaN, 3, 4, 5, 6], [1, 2, 3], 'float32');
    const out = maxPool2d(rt, nan, { ...opts(2), stride: [1, 1] });
    expect(Array.from(out.values()).map(Number.isNaN)).toEqual([true, true]);
    const tie = rt.fromValues([2, 2, 1, 2], [1, 2, 2], 'float32');
    tie.requiresGrad = true;
    runBackward(rt, maxPool2d(rt, tie, opts(2)), Float64Array.of(1), false);
    expect(Array.from(tie.grad!.values())).toEqual([1, 0, 0, 0]);
  });

  it('integer average pooling truncates toward zero; an empty batch pools to an empty batch', () => {
    const ints = rt.fromValues([1, 2, 4, 8, -1, -2, -4, -4], [2, 2, 2], 'int64');
    expect(Array.from(avgPool2d(rt, ints, opts(2)).values())).toEqual([3, -2]);
    expect(maxPool2d(rt, zeros([0, 2, 4, 4]), opts(2)).shape).toEqual([0, 2, 2, 2]);
  });

  it('ceil mode drops a last window that would start in the padding', () => {
    const o = opts(2, { stride: [2, 2], padding: [1, 1], ceilMode: true });
    expect(maxPool2d(rt, zeros([1, 5, 5]), o).shape).toEqual([1, 3, 3]);
    expect(maxPool2d(rt, zeros([1, 4, 4]), o).shape).toEqual([1, 3, 3]);
  });

  it("checks in ATen's order: rank, stride and padding, kernel, stride sign, dilation, empty dims, output size, dtype", () => {
    const max = (shape: number[], o: Pool2dOptions, dtype: 'float32' | 'int64' = 'float32') =>
      errorLine(() => maxPool2d(rt, zeros(shape, dtype), o));
    const avg = (shape: number[], o: Pool2dOptions) =>
      errorLine(() => avgPool2d(rt, zeros(shape), o));
    const rank = 'RuntimeError: non-empty 3D or 4D (batch mode) tensor expected for input';
    expect(max([4, 4], opts(2))).toBe(rank);
    expect(max([1, 1, 1, 4, 4], opts(2))).toBe(rank);
    expect(avg([4, 4], opts(2))).toBe(
      'IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)',
    );
    expect(avg([], opts(2))).toBe(
      'IndexError: Dimension specified as -3 but tensor has no dimensions',
    );
    for (const pool of [max, avg]) {
      expect(pool([1, 4, 4], opts([0, 0], { stride: [0, 0] }))).toBe(
        'RuntimeError: stride should not be zero',
      );
      expect(pool([1, 4, 4], opts([0, 0], { stride: [1, 1] }))).toBe(
        'RuntimeError: kernel size should be greater than zero, but got kH: 0 kW: 0',
      );
      expect(pool([1, 2, 2], opts([3, 0], { stride: [1, 1] }))).toBe(
        'RuntimeError: kernel size should be greater than zero, but got kH: 3 kW: 0',
      );
      expect(pool([1, 4, 4], opts([2, 2], { stride: [-1, -1] }))).toBe(
        'RuntimeError: stride should be greater than zero, but got dH: -1 dW: -1',
      );
      expect(pool([1, 0, 4, 4], opts([3, 3], { padding: [2, 2] }))).toBe(
        'RuntimeError: pad should be at most half of kernel size, but got pad=2 and kernel_size=3',
      );
      for (const shape of [
        [1, 0, 4, 4],
        [2, 0, 4],
        [0, 4, 4],
      ])
        expect(pool(shape, opts(2))).toBe(
          `RuntimeError: Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:[${shape.join(', ')}]`,
        );
      expect(pool([1, 2, 2], opts(3))).toBe(
        'RuntimeError: Given input size: (1x2x2). Calculated output size: (1x0x0). Output size is too small',
      );
    }
    expect(avg([1, 1, 1, 4, 4], opts(2))).toBe(
      'RuntimeError: Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size for input, but got:[1, 1, 1, 4, 4]',
    );
    expect(max([1, 4, 4], opts([2, 2], { dilation: [0, 0] }))).toBe(
      'RuntimeError: dilation should be greater than zero, but got dilationH: 0 dilationW: 0',
    );
    expect(max([1, 4, 4], opts(2), 'int64')).toBe(
      `RuntimeError: "max_pool2d" not implemented for 'Long'`,
    );
    expect(max([1, 0, 4, 4], opts(2), 'int64')).toMatch(/optional 0 dim batch size/);
  });
});

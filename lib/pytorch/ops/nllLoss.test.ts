import { describe, expect, it } from 'vitest';
import { runBackward } from '../autograd';
import { attempt, failureLine } from '../errors';
import type { Tensor } from '../tensor';
import { leaf, testRuntime } from './gradcheck';
import { nllLoss, type NllOptions } from './nllLoss';

const rt = testRuntime();
const values = (t: Tensor) => Array.from(t.values());
const errorLine = (f: () => unknown) => {
  const r = attempt(f);
  return r.ok ? null : failureLine(r);
};
const long = (v: number[], shape = [v.length]) => rt.fromValues(v, shape, 'int64');
const MEAN: NllOptions = { weight: null, ignoreIndex: -100, reduction: 'mean' };

// Recorded from PyTorch 1.13.1: logp = sin(0.7 k) over (4, 3), log_softmax(1), float64;
// target [2, 0, -100, 1] (the third ignored), weight [0.2, 1, 3]; loss * (k + 1) summed.
const LOGP = [
  -1.719818144959, -1.075600457721, -0.73436841497, -0.634809116525, -1.163030333018,
  -1.848801710863, -1.152687249154, -1.263564089365, -0.912378114613, -1.711692643379,
  -1.071519945145, -0.740338309987,
];
const TARGET = [2, 0, -100, 1];
const WEIGHTED = (reduction: NllOptions['reduction']): NllOptions => ({
  weight: rt.fromValues([0.2, 1, 3], [3], 'float64'),
  ignoreIndex: -100,
  reduction,
});

describe('nll_loss with class weights and ignore_index (recorded from PyTorch 1.13.1)', () => {
  const cases: [NllOptions['reduction'], number[], number[]][] = [
    [
      'mean',
      [0.809901669848],
      [0, 0, -0.714285714286, -0.047619047619, 0, 0, 0, 0, 0, 0, -0.238095238095, 0],
    ],
    ['sum', [3.40158701336], [0, 0, -3, -0.2, 0, 0, 0, 0, 0, 0, -1, 0]],
    [
      'none',
      [2.203105244911, 0.126961823305, 0, 1.071519945145],
      [0, 0, -3, -0.4, 0, 0, 0, 0, 0, 0, -4, 0],
    ],
  ];
  for (const [reduction, loss, grad] of cases) {
    it(`reduction='${reduction}': the loss and its gradient`, () => {
      const logp = leaf(rt, LOGP, [4, 3]);
      const out = nllLoss(rt, logp, long(TARGET), WEIGHTED(reduction));
      expect(out.gradFn?.name).toBe('NllLossBackward0');
      values(out).forEach((v, i) => expect(v).toBeCloseTo(loss[i], 10));
      runBackward(
        rt,
        out,
        Float64Array.from({ length: out.numel() }, (_, k) => k + 1),
        false,
      );
      values(logp.grad!).forEach((v, i) => expect(v).toBeCloseTo(grad[i], 10));
    });
  }

  it('mean over nothing but ignored targets is nan (0 / 0)', () => {
    const out = nllLoss(rt, rt.fromValues(LOGP, [4, 3], 'float64'), long([1, 1, 1, 1]), {
      ...MEAN,
      ignoreIndex: 1,
    });
    expect(Number.isNaN(values(out)[0])).toBe(true);
  });
});

describe('nll_loss over other ranks (recorded from PyTorch 1.13.1)', () => {
  it('a (C) input takes a 0-d target', () => {
    const out = nllLoss(rt, rt.fromValues([-1, -2, -0.5], [3], 'float32'), long([2], []), MEAN);
    expect([out.shape, values(out)]).toEqual([[], [0.5]]);
  });

  it('an (N, C, H, W) input takes an (N, H, W) target: one loss per pixel, NllLoss2DBackward0', () => {
    const input = rt.fromValues(
      Array.from({ length: 24 }, (_, k) => Math.cos(0.3 * k)),
      [2, 3, 2, 2],
      'float64',
    );
    const target = long([0, 1, 2, 1, 1, 1, 0, 2], [2, 2, 2]);
    const none = nllLoss(rt, input, target, { ...MEAN, reduction: 'none' });
    const recorded = [
      -1, -0.070737201668, 0.9899924966, 0.5048461046, -0.087498983439, -0.377977742713,
      0.490260821341, -0.815725100125,
    ];
    expect(none.shape).toEqual([2, 2, 2]);
    values(none).forEach((v, i) => expect(v).toBeCloseTo(recorded[i], 10));
    input.requiresGrad = true;
    const mean = nllLoss(rt, input, target, MEAN);
    expect(mean.gradFn?.name).toBe('NllLoss2DBackward0');
    expect(values(mean)[0]).toBeCloseTo(-0.04585495067556056, 12);
  });
});

describe('nll_loss checks and messages (recorded from PyTorch 1.13.1)', () => {
  it('names the mismatched batch, target shape, dtype, class range and weight size', () => {
    const z = (shape: number[]) => rt.full(shape, 0, 'float32');
    const check = (input: Tensor, target: Tensor, o: NllOptions = MEAN) =>
      errorLine(() => nllLoss(rt, input, target, o));
    expect(check(rt.fromValues([1], [], 'float32'), long([0], []))).toBe(
      'ValueError: Expected 1 or more dimensions (got 0)',
    );
    expect(check(z([3, 2]), long([0, 1]))).toBe(
      'ValueError: Expected input batch_size (3) to match target batch_size (2).',
    );
    expect(check(z([2, 3]), long([1], []))).toBe(
      'ValueError: Expected input batch_size (2) to match target batch_size (0).',
    );
    expect(check(z([2, 3]), long([0, 1], [1, 2]))).toBe(
      'ValueError: Expected input batch_size (2) to match target batch_size (1).',
    );
    expect(check(z([3]), long([0]))).toBe(
      'RuntimeError: size mismatch (got input: [3], target: [1])',
    );
    expect(check(z([3]), long([0], [1, 1]))).toBe(
      'RuntimeError: 0D or 1D target tensor expected, multi-target not supported',
    );
    expect(check(z([2, 3, 2, 2]), long(new Array(12).fill(0), [2, 2, 3]))).toBe(
      'RuntimeError: size mismatch (got input: [2, 3, 2, 2] , target: [2, 2, 3]',
    );
    expect(check(z([2, 3, 2, 2]), long(new Array(8).fill(0), [2, 2, 2, 1]))).toBe(
      'RuntimeError: only batches of spatial targets supported (3D tensors) but got targets of dimension: 4',
    );
    expect(check(z([2, 3]), rt.fromValues([0, 1], [2], 'float32'))).toBe(
      'RuntimeError: expected scalar type Long but found Float',
    );
    expect(check(z([2, 3]), long([0, 3]))).toBe('IndexError: Target 3 is out of bounds.');
    expect(check(z([2, 3]), long([0, -1]))).toBe('IndexError: Target -1 is out of bounds.');
    expect(check(z([2, 3]), long([0, 1]), { ...MEAN, weight: rt.full([2], 1, 'float32') })).toBe(
      'RuntimeError: weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [2]',
    );
  });
});

import { describe, expect, it } from 'vitest';
import oracleJson from '@/tests/oracles/batchnorm.json';
import { batchNormForward, type BatchNormModule } from './batchNorm';
import { batchNormBackward } from './batchNormBackward';
import { fromNested, toNested, type Nested } from './channelTensor';
import type { BatchNormKind } from './batchNormChecks';

interface OraclePass {
  output: Nested;
  running_mean?: number[];
  running_var?: number[];
  num_batches_tracked?: number;
}
interface OracleCase {
  id: number;
  module: BatchNormKind;
  num_features: number;
  eps: number;
  momentum: number | null;
  affine: boolean;
  track_running_stats: boolean;
  mode: 'train' | 'eval';
  input_shape: number[];
  weight: number[] | null;
  bias: number[] | null;
  initial_running_mean: number[] | null;
  initial_running_var: number[] | null;
  inputs: Nested[];
  grad_output: Nested;
  ok: boolean;
  error_type?: string;
  error?: string;
  expected?: {
    passes: OraclePass[];
    grad_input: Nested;
    grad_weight?: number[];
    grad_bias?: number[];
    batch_mean_pass1: number[];
    batch_var_biased_pass1: number[];
    batch_var_unbiased_pass1: number[] | null;
    values_per_channel: number;
    eval_output_after?: Nested;
  };
}
const cases = (oracleJson as unknown as { batchnorm: OracleCase[] }).batchnorm;

/** 1e-9 relative, with an absolute floor of 1e-12 for values that are (nearly) 0. */
function expectClose(actual: Nested | null | undefined, expected: Nested, what: string): void {
  if (actual === null || actual === undefined) return expect.fail(`${what} is missing`);
  const a = fromNested(actual).data;
  const e = fromNested(expected).data;
  expect(a.length, what).toBe(e.length);
  e.forEach((x, i) => {
    const tol = 1e-9 * Math.abs(x) + 1e-12;
    if (!(Math.abs(a[i] - x) <= tol)) expect.fail(`${what}[${i}]: ${a[i]} vs ${x}`);
  });
}

function moduleOf(c: OracleCase): BatchNormModule {
  const n = c.num_features;
  return {
    config: {
      kind: c.module,
      numFeatures: n,
      eps: c.eps,
      momentum: c.momentum,
      affine: c.affine,
      trackRunningStats: c.track_running_stats,
    },
    weight: c.affine ? (c.weight ?? new Array(n).fill(1)) : null,
    bias: c.affine ? (c.bias ?? new Array(n).fill(0)) : null,
    running: c.track_running_stats
      ? {
          mean: c.initial_running_mean ?? new Array(n).fill(0),
          variance: c.initial_running_var ?? new Array(n).fill(1),
          numBatchesTracked: 0,
        }
      : null,
  };
}

describe('batchNormForward / batchNormBackward match PyTorch 1.13 nn.BatchNorm1d/2d (float64)', () => {
  it.each(
    cases.map(
      (c) => [`${c.id} ${c.module} ${c.mode} ${JSON.stringify(c.input_shape)}`, c] as const,
    ),
  )('case %s', (_, c) => {
    const training = c.mode === 'train';
    let module = moduleOf(c);
    const first = batchNormForward(module, fromNested(c.inputs[0]), training);
    if (!c.ok) {
      expect(first).toEqual({ ok: false, errorType: c.error_type, error: c.error });
      return;
    }
    const expected = c.expected!;
    if (!first.ok) expect.fail(`unexpected ${first.errorType}: ${first.error}`);
    c.inputs.forEach((input, j) => {
      const pass = batchNormForward(module, fromNested(input), training);
      if (!pass.ok) return expect.fail(pass.error);
      const want = expected.passes[j];
      expectClose(toNested(pass.output), want.output, `pass ${j + 1} output`);
      if (want.running_mean) {
        expectClose(pass.module.running!.mean, want.running_mean, `pass ${j + 1} running_mean`);
        expectClose(pass.module.running!.variance, want.running_var!, `pass ${j + 1} running_var`);
        expect(pass.module.running!.numBatchesTracked).toBe(want.num_batches_tracked);
      } else {
        expect(pass.module.running).toBeNull();
      }
      module = pass.module;
    });

    const stats = first.batchStats!;
    expectClose(stats.mean, expected.batch_mean_pass1, 'batch mean');
    expectClose(stats.varBiased, expected.batch_var_biased_pass1, 'biased var');
    if (expected.batch_var_unbiased_pass1 === null) expect(stats.varUnbiased).toBeNull();
    else expectClose(stats.varUnbiased, expected.batch_var_unbiased_pass1, 'unbiased var');
    expect(stats.valuesPerChannel).toBe(expected.values_per_channel);

    const grads = batchNormBackward(
      fromNested(c.inputs[0]),
      fromNested(c.grad_output),
      first.terms,
      first.usedBatchStats,
    );
    expectClose(toNested(grads.gradInput), expected.grad_input, 'grad_input');
    if (c.affine) {
      expectClose(grads.gradWeight, expected.grad_weight!, 'grad_weight');
      expectClose(grads.gradBias, expected.grad_bias!, 'grad_bias');
    } else {
      expect(grads.gradWeight).toBeNull();
    }

    if (expected.eval_output_after) {
      const evalPass = batchNormForward(module, fromNested(c.inputs[0]), false);
      if (!evalPass.ok) return expect.fail(evalPass.error);
      expectClose(toNested(evalPass.output), expected.eval_output_after, 'eval output');
    }
  });
});

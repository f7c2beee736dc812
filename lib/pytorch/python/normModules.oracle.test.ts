import { describe, expect, it } from 'vitest';
import oracleJson from '@/tests/oracles/batchnorm.json';
import { createSession } from '../session';

type Nested = number | Nested[];
interface OraclePass {
  output: Nested;
  running_mean?: number[];
  running_var?: number[];
  num_batches_tracked?: number;
}
interface OracleCase {
  id: number;
  module: string;
  num_features: number;
  eps: number;
  momentum: number | null;
  affine: boolean;
  track_running_stats: boolean;
  mode: 'train' | 'eval';
  weight: number[] | null;
  bias: number[] | null;
  initial_running_mean: number[] | null;
  initial_running_var: number[] | null;
  inputs: Nested[];
  grad_output: Nested;
  ok: boolean;
  error_type?: string;
  error?: string;
  expected_float32?: {
    passes: OraclePass[];
    grad_input: Nested;
    grad_weight?: number[];
    grad_bias?: number[];
    eval_output_after?: Nested;
  };
}
const cases = (oracleJson as unknown as { batchnorm: OracleCase[] }).batchnorm;

const flat = (v: Nested): number[] => (Array.isArray(v) ? v.flatMap(flat) : [v]);
const list = (v: Nested) => JSON.stringify(v);

/**
 * PyTorch's float32 results agree with the session's to float32 precision;
 * a constant channel's input gradient is scaled by 1/sqrt(eps), so the
 * tolerance is relative to the largest value of the tensor.
 */
function expectClose(output: string | null, expected: Nested, what: string): void {
  const got = flat(JSON.parse(output ?? 'null') as Nested);
  const want = flat(expected);
  expect(got.length, what).toBe(want.length);
  const scale = Math.max(1, ...want.map(Math.abs));
  want.forEach((x, i) => {
    if (!(Math.abs(got[i] - x) <= 2e-6 * scale)) expect.fail(`${what}[${i}]: ${got[i]} vs ${x}`);
  });
}

describe('nn.BatchNorm1d / BatchNorm2d in the session match PyTorch 1.13 float32 (tests/oracles/batchnorm.json)', () => {
  for (const c of cases) {
    it(`case ${c.id}: ${c.module}(${c.num_features}, momentum=${c.momentum}, affine=${c.affine}, track_running_stats=${c.track_running_stats}) in ${c.mode}`, () => {
      const s = createSession();
      const run = (line: string) => {
        const r = s.run(line);
        return r;
      };
      const ok = (line: string) => {
        const r = run(line);
        expect(r.error, line).toBeNull();
        return r.output;
      };
      ok('import torch');
      ok('import torch.nn as nn');
      const py = (b: boolean) => (b ? 'True' : 'False');
      ok(
        `bn = nn.${c.module}(${c.num_features}, eps=${c.eps}, momentum=${c.momentum ?? 'None'}, affine=${py(c.affine)}, track_running_stats=${py(c.track_running_stats)})`,
      );
      if (c.mode === 'eval') ok('bn.eval()');
      if (c.affine && c.weight) ok(`bn.weight.data.copy_(torch.tensor(${list(c.weight)}))`);
      if (c.affine && c.bias) ok(`bn.bias.data.copy_(torch.tensor(${list(c.bias)}))`);
      if (c.initial_running_mean)
        ok(`bn.running_mean.copy_(torch.tensor(${list(c.initial_running_mean)}))`);
      if (c.initial_running_var)
        ok(`bn.running_var.copy_(torch.tensor(${list(c.initial_running_var)}))`);
      ok(`x = torch.tensor(${list(c.inputs[0])}, requires_grad=True)`);
      if (!c.ok) {
        expect(run('y = bn(x)').error).toBe(`${c.error_type}: ${c.error}`);
        return;
      }
      const e = c.expected_float32!;
      ok('y = bn(x)');
      expect(ok('y.grad_fn.name()')).toBe("'NativeBatchNormBackward0'");
      ok(`(y * torch.tensor(${list(c.grad_output)})).sum().backward()`);
      expectClose(ok('x.grad.tolist()'), e.grad_input, 'grad_input');
      if (e.grad_weight) expectClose(ok('bn.weight.grad.tolist()'), e.grad_weight, 'grad_weight');
      if (e.grad_bias) expectClose(ok('bn.bias.grad.tolist()'), e.grad_bias, 'grad_bias');
      e.passes.forEach((pass, j) => {
        const out =
          j === 0 ? ok('y.tolist()') : ok(`bn(torch.tensor(${list(c.inputs[j])})).tolist()`);
        expectClose(out, pass.output, `pass ${j + 1} output`);
        if (pass.running_mean)
          expectClose(
            ok('bn.running_mean.tolist()'),
            pass.running_mean,
            `pass ${j + 1} running_mean`,
          );
        if (pass.running_var)
          expectClose(ok('bn.running_var.tolist()'), pass.running_var, `pass ${j + 1} running_var`);
        if (pass.num_batches_tracked !== undefined)
          expect(ok('bn.num_batches_tracked.item()')).toBe(String(pass.num_batches_tracked));
      });
      if (e.eval_output_after) {
        ok('bn.eval()');
        expectClose(
          ok(`bn(torch.tensor(${list(c.inputs[0])})).tolist()`),
          e.eval_output_after,
          'eval output after',
        );
      }
    });
  }
});

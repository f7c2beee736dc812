import { describe, expect, it } from 'vitest';
import batchnorm from '@/tests/oracles/batchnorm.json';
import matmulShapes from '@/tests/oracles/matmul_shapes.json';
import { createSession } from '../session';

interface ShapeCase {
  ok: boolean;
  shape?: number[];
  error_type?: string;
  error?: string;
}
interface LinearInitCase {
  in_features: number;
  out_features: number;
  seed: number;
  params: number;
  observed_weight_max_abs: number | null;
  observed_bias_max_abs: number | null;
  warnings: string[];
}

const tuple = (shape: number[]) => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
const zeros = (shape: number[]) => `torch.zeros(${tuple(shape)})`;
const expected = (c: ShapeCase) =>
  c.ok
    ? { output: `torch.Size([${c.shape!.join(', ')}])`, error: null }
    : { output: null, error: `${c.error_type}: ${c.error}` };

function run(lines: string[]) {
  const s = createSession();
  s.run('import torch');
  s.run('import torch.nn as nn');
  return lines.map((l) => s.run(l));
}

describe('torch.matmul, @ and torch.addmm in the session agree with tests/oracles/matmul_shapes.json', () => {
  const cases = matmulShapes as unknown as {
    matmul: (ShapeCase & { a: number[]; b: number[] })[];
    addmm: (ShapeCase & { bias: number[]; m1: number[]; m2: number[] })[];
  };
  it.each(cases.matmul.map((c) => [`${JSON.stringify(c.a)} @ ${JSON.stringify(c.b)}`, c] as const))(
    'matmul %s',
    (_, c) => {
      const [viaFn, viaOp] = run([
        `torch.matmul(${zeros(c.a)}, ${zeros(c.b)}).shape`,
        `(${zeros(c.a)} @ ${zeros(c.b)}).shape`,
      ]);
      expect({ output: viaFn.output, error: viaFn.error }).toEqual(expected(c));
      expect({ output: viaOp.output, error: viaOp.error }).toEqual(expected(c));
    },
  );
  it.each(
    cases.addmm.map(
      (c) =>
        [
          `${JSON.stringify(c.bias)} + ${JSON.stringify(c.m1)} @ ${JSON.stringify(c.m2)}`,
          c,
        ] as const,
    ),
  )('addmm %s', (_, c) => {
    const [r] = run([`torch.addmm(${zeros(c.bias)}, ${zeros(c.m1)}, ${zeros(c.m2)}).shape`]);
    expect({ output: r.output, error: r.error }).toEqual(expected(c));
  });
});

describe('nn.Linear in the session draws the default_init of tests/oracles/batchnorm.json', () => {
  const cases = (batchnorm as unknown as { default_init: { linear: LinearInitCase[] } })
    .default_init.linear;
  it.each(
    cases.map((c) => [`Linear(${c.in_features}, ${c.out_features}) seed ${c.seed}`, c] as const),
  )('%s: parameter count, largest |w| and |b|, warnings', (_, c) => {
    const [, made, count, wMax, bMax] = run([
      `_ = torch.manual_seed(${c.seed})`,
      `layer = nn.Linear(${c.in_features}, ${c.out_features})`,
      'sum(p.numel() for p in layer.parameters())',
      'layer.weight.abs().max().item() if layer.weight.numel() else None',
      'layer.bias.abs().max().item() if layer.bias.numel() else None',
    ]);
    expect(made.warnings).toEqual(c.warnings);
    expect(count.output).toBe(String(c.params));
    expect(wMax.output === null ? null : Number(wMax.output)).toBe(c.observed_weight_max_abs);
    expect(bMax.output === null ? null : Number(bMax.output)).toBe(c.observed_bias_max_abs);
  });
});

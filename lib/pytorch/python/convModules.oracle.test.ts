import { describe, expect, it } from 'vitest';
import oracleJson from '@/tests/oracles/conv.json';
import oracleBatchNorm from '@/tests/oracles/batchnorm.json';
import { createSession } from '../session';

interface ConvCase {
  module: 'Conv2d' | 'ConvTranspose2d';
  config: Record<string, number | string | boolean | number[]>;
  input_shape: number[];
  forward_output_size?: number[];
  ok: boolean;
  stage?: 'construct' | 'forward';
  error_type?: string;
  error?: string;
  error_set_order_varies?: boolean;
  params?: number;
  weight_shape?: number[];
  output_shape?: number[];
  warnings?: string[];
}
const oracle = oracleJson as unknown as { conv2d: ConvCase[]; conv_transpose2d: ConvCase[] };

const pyValue = (v: number | string | boolean | number[]) =>
  typeof v === 'string'
    ? `'${v}'`
    : typeof v === 'boolean'
      ? v
        ? 'True'
        : 'False'
      : Array.isArray(v)
        ? `(${v.join(', ')})`
        : String(v);
const size = (s: readonly number[]) => `torch.Size([${s.join(', ')}])`;
/** A message that prints a Python set is compared with its elements sorted. */
const setSorted = (msg: string) =>
  msg.replace(/\{([^}]*)\}/g, (_, inner: string) => `{${inner.split(', ').sort().join(', ')}}`);

describe('nn.Conv2d / nn.ConvTranspose2d in the session match PyTorch 1.13 (tests/oracles/conv.json)', () => {
  for (const c of [...oracle.conv2d, ...oracle.conv_transpose2d]) {
    const args = Object.entries(c.config)
      .map(([k, v]) => `${k}=${pyValue(v)}`)
      .join(', ');
    const call = c.forward_output_size
      ? `m(x, output_size=${pyValue(c.forward_output_size)})`
      : 'm(x)';
    it(`nn.${c.module}(${args})(torch.zeros(${c.input_shape.join(', ')}))${c.forward_output_size ? ` output_size=${c.forward_output_size}` : ''}`, () => {
      const s = createSession();
      s.run('import torch');
      s.run('import torch.nn as nn');
      const built = s.run(`m = nn.${c.module}(${args})`);
      const errorOf = (r: { error: string | null }) =>
        r.error && c.error_set_order_varies ? setSorted(r.error) : r.error;
      const expected = c.ok
        ? null
        : `${c.error_type}: ${c.error_set_order_varies ? setSorted(c.error!) : c.error}`;
      if (c.stage === 'construct') return expect(errorOf(built)).toBe(expected);
      expect(built.error).toBeNull();
      for (const w of c.warnings ?? [])
        expect(built.warnings.concat(s.run('None').warnings)).toContain(
          w.replace(/^UserWarning: /, 'UserWarning: '),
        );
      expect(s.run('sum(p.numel() for p in m.parameters())').output).toBe(String(c.params));
      expect(s.run('m.weight.shape').output).toBe(size(c.weight_shape!));
      s.run(`x = torch.zeros(${c.input_shape.join(', ')})`);
      const out = s.run(`y = ${call}`);
      if (!c.ok) return expect(errorOf(out)).toBe(expected);
      expect(out.error).toBeNull();
      expect(s.run('y.shape').output).toBe(size(c.output_shape!));
    });
  }
});

interface InitCase {
  in_channels: number;
  out_channels: number;
  kernel_size: number | number[];
  groups: number;
  seed: number;
  observed_weight_max_abs: number;
  observed_bias_max_abs: number;
  params: number;
  weight_shape: number[];
}
const inits = (oracleBatchNorm as unknown as { default_init: { conv2d: InitCase[] } }).default_init
  .conv2d;

describe('nn.Conv2d default initialisation in the session draws what PyTorch 1.13 draws after manual_seed (tests/oracles/batchnorm.json)', () => {
  for (const c of inits) {
    const k = Array.isArray(c.kernel_size)
      ? `(${c.kernel_size.join(', ')})`
      : String(c.kernel_size);
    it(`torch.manual_seed(${c.seed}); nn.Conv2d(${c.in_channels}, ${c.out_channels}, ${k}, groups=${c.groups})`, () => {
      const s = createSession();
      for (const line of [
        'import torch',
        'import torch.nn as nn',
        `torch.manual_seed(${c.seed})`,
        `m = nn.Conv2d(${c.in_channels}, ${c.out_channels}, ${k}, groups=${c.groups})`,
      ]) {
        expect(s.run(line).error).toBeNull();
      }
      expect(s.run('m.weight.shape').output).toBe(size(c.weight_shape));
      expect(s.run('sum(p.numel() for p in m.parameters())').output).toBe(String(c.params));
      expect(Number(s.run('m.weight.abs().max().item()').output)).toBe(c.observed_weight_max_abs);
      expect(Number(s.run('m.bias.abs().max().item()').output)).toBe(c.observed_bias_max_abs);
    });
  }
});

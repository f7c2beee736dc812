import { describe, expect, it } from 'vitest';
import oracleJson from '@/tests/oracles/batchnorm.json';
import { calculateGain, type Nonlinearity } from './calculateGain';
import { conv2dDefaultInit, linearDefaultInit, type DefaultInit } from './linearInit';

interface InitCase {
  layer: 'Linear' | 'Conv2d';
  seed: number;
  in_features?: number;
  out_features?: number;
  in_channels?: number;
  out_channels?: number;
  kernel_size?: number | [number, number];
  groups?: number;
  weight_shape: number[];
  fan_in: number;
  fan_out: number;
  gain: number;
  weight_std?: number | null;
  weight_bound: number | null;
  bias_bound: number;
  params: number;
  warnings?: string[];
  observed_weight_max_abs: number | null;
  observed_bias_max_abs: number;
  weight_within_bound: boolean | null;
  bias_within_bound: boolean;
  weight_values_after_manual_seed?: number[][];
  bias_values_after_manual_seed?: number[];
}
const init = (
  oracleJson as unknown as {
    default_init: {
      linear: InitCase[];
      conv2d: InitCase[];
      calculate_gain: Record<string, number>;
    };
  }
).default_init;

const maxAbs = (xs: readonly number[]) => (xs.length ? Math.max(...xs.map(Math.abs)) : null);

function expectMatches(got: DefaultInit, c: InitCase): void {
  expect(got.weightShape).toEqual(c.weight_shape);
  expect([got.fanIn, got.fanOut, got.params]).toEqual([c.fan_in, c.fan_out, c.params]);
  expect(got.gain).toBe(c.gain);
  if ('weight_std' in c) expect(got.weightStd).toBe(c.weight_std);
  expect(got.weightBound).toBe(c.weight_bound);
  expect(got.biasBound).toBe(c.bias_bound);
  if (c.warnings) expect(got.warnings).toEqual(c.warnings);
  expect(maxAbs(got.weight)).toBe(c.observed_weight_max_abs);
  expect(maxAbs(got.bias ?? [])).toBe(c.observed_bias_max_abs);
  if (c.weight_within_bound !== null)
    expect(maxAbs(got.weight)! <= got.weightBound!).toBe(c.weight_within_bound);
  if (c.weight_values_after_manual_seed)
    expect(got.weight).toEqual(c.weight_values_after_manual_seed.flat());
  if (c.bias_values_after_manual_seed) expect(got.bias).toEqual(c.bias_values_after_manual_seed);
}

describe('default initialisation matches PyTorch 1.13 after torch.manual_seed', () => {
  it.each(
    init.linear.map(
      (c) => [`Linear(${c.in_features}, ${c.out_features}) seed ${c.seed}`, c] as const,
    ),
  )('%s', (_, c) => {
    expectMatches(linearDefaultInit(c.in_features!, c.out_features!, { seed: c.seed }), c);
  });

  it.each(
    init.conv2d.map(
      (c) =>
        [
          `Conv2d(${c.in_channels}, ${c.out_channels}, ${JSON.stringify(c.kernel_size)}, groups=${c.groups}) seed ${c.seed}`,
          c,
        ] as const,
    ),
  )('%s', (_, c) => {
    const got = conv2dDefaultInit(c.in_channels!, c.out_channels!, c.kernel_size!, {
      groups: c.groups,
      seed: c.seed,
    });
    if (!('weightShape' in got)) return expect.fail(got.error);
    expectMatches(got, c);
  });
});

describe('calculate_gain matches PyTorch 1.13', () => {
  const parseParam = (text: string) => {
    const sqrt = /^sqrt\((.+)\)$/.exec(text);
    return sqrt ? Math.sqrt(Number(sqrt[1])) : Number(text);
  };
  it.each(Object.entries(init.calculate_gain))('%s', (key, value) => {
    const [, name, param] = /^(\w+)(?:\(a=(.+)\))?$/.exec(key)!;
    expect(
      calculateGain(name as Nonlinearity, param === undefined ? undefined : parseParam(param)),
    ).toBe(value);
  });
});

describe('Conv2d construction errors', () => {
  it('rejects groups that do not divide the channels, as _ConvNd does', () => {
    expect(conv2dDefaultInit(6, 4, 3, { groups: 4 })).toEqual({
      ok: false,
      errorType: 'ValueError',
      error: 'in_channels must be divisible by groups',
    });
    expect(conv2dDefaultInit(4, 6, 3, { groups: 4 })).toEqual({
      ok: false,
      errorType: 'ValueError',
      error: 'out_channels must be divisible by groups',
    });
    expect(conv2dDefaultInit(4, 4, 3, { groups: 0 })).toEqual({
      ok: false,
      errorType: 'ValueError',
      error: 'groups must be a positive integer',
    });
  });
});

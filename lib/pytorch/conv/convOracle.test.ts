import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conv2dShape, type Conv2dConfig } from './conv2dShape';
import type { ConvShapeResult } from './convModule';
import { convTranspose2dShape, type ConvTranspose2dConfig } from './convTranspose2dShape';
import type { TorchWarning } from '../errors';

/** One `conv2d` / `conv_transpose2d` case of tests/oracles/conv.json (schema in its README). */
interface ShapeCase {
  module: 'Conv2d' | 'ConvTranspose2d';
  config: Record<string, unknown>;
  input_shape: number[];
  forward_output_size?: number[];
  ok: boolean;
  stage?: string;
  error_type?: string;
  error?: string;
  error_set_order_varies?: boolean;
  params?: number;
  weight_shape?: number[];
  bias_shape?: number[] | null;
  resolved_padding_lrtb?: number[];
  output_shape?: number[];
  macs_per_sample?: number;
  warnings?: string[];
}

const oracle = JSON.parse(
  readFileSync(new URL('../../../tests/oracles/conv.json', import.meta.url), 'utf8'),
) as {
  conv2d: ShapeCase[];
  conv_transpose2d: ShapeCase[];
};

/** The constructor's keyword arguments, renamed; absent keys stay absent (PyTorch defaults). */
function configFrom(c: Record<string, unknown>): ConvTranspose2dConfig {
  const names: Record<string, string> = {
    in_channels: 'inChannels',
    out_channels: 'outChannels',
    kernel_size: 'kernelSize',
    stride: 'stride',
    padding: 'padding',
    dilation: 'dilation',
    groups: 'groups',
    bias: 'bias',
    padding_mode: 'paddingMode',
    output_padding: 'outputPadding',
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) {
    if (!(k in names)) throw new Error(`unknown config key ${k}`);
    out[names[k]] = v;
  }
  return out as unknown as ConvTranspose2dConfig;
}

/** A message that prints a Python set, with the set's elements sorted. */
function setInsensitive(message: string): string {
  return message.replace(
    /\{([^{}]*)\}/g,
    (_, body: string) => `{${body.split(', ').sort().join(', ')}}`,
  );
}

/**
 * The warnings a case shows. A once-per-process warning (TORCH_WARN_ONCE) shows only in the
 * first case of the recording process that raises it, and that case may be outside this
 * sample, so it must show where the oracle shows it, may be missing elsewhere, and never
 * shows twice.
 */
function expectWarnings(actual: TorchWarning[], expected: string[], seenOnce: Set<string>): void {
  const always = actual.filter((w) => !w.oncePerProcess).map((w) => w.message);
  const once = new Set(actual.filter((w) => w.oncePerProcess).map((w) => w.message));
  for (const message of expected) {
    if (always.includes(message)) continue;
    expect(once.has(message), `warning ${message}`).toBe(true);
    expect(seenOnce.has(message), `once-per-process warning shown twice: ${message}`).toBe(false);
    seenOnce.add(message);
  }
  expect(expected.filter((m) => !once.has(m))).toEqual(always);
}

function expectMatches(actual: ConvShapeResult, expected: ShapeCase, seenOnce: Set<string>): void {
  expect(actual.ok).toBe(expected.ok);
  if (expected.ok) {
    expect(actual.outputShape).toEqual(expected.output_shape);
    expect(actual.macsPerSample).toBe(expected.macs_per_sample);
  } else {
    expect(actual.stage).toBe(expected.stage);
    expect(actual.errorType).toBe(expected.error_type);
    if (expected.error_set_order_varies) {
      expect(actual.errorPrintsPythonSet).toBe(true);
      expect(setInsensitive(actual.error!)).toBe(setInsensitive(expected.error!));
    } else {
      expect(actual.error).toBe(expected.error);
    }
  }
  if (expected.params !== undefined) {
    expect(actual.params).toBe(expected.params);
    expect(actual.weightShape).toEqual(expected.weight_shape);
    expect(actual.biasShape).toEqual(expected.bias_shape);
  } else {
    expect(actual.params).toBeUndefined();
  }
  expect(actual.resolvedPaddingLRTB).toEqual(expected.resolved_padding_lrtb);
  expectWarnings(actual.warnings, expected.warnings ?? [], seenOnce);
}

describe('conv.json: nn.Conv2d and nn.ConvTranspose2d match PyTorch 1.13', () => {
  // One process ran every case in file order, so once-per-process warnings show only once.
  const seenOnce = new Set<string>();
  oracle.conv2d.forEach((c, i) => {
    it(`conv2d[${i}] ${JSON.stringify(c.config)} on ${JSON.stringify(c.input_shape)}`, () => {
      expect(c.module).toBe('Conv2d');
      expectMatches(conv2dShape(configFrom(c.config) as Conv2dConfig, c.input_shape), c, seenOnce);
    });
  });
  oracle.conv_transpose2d.forEach((c, i) => {
    it(`conv_transpose2d[${i}] ${JSON.stringify(c.config)} on ${JSON.stringify(c.input_shape)}`, () => {
      expect(c.module).toBe('ConvTranspose2d');
      expectMatches(
        convTranspose2dShape(configFrom(c.config), c.input_shape, c.forward_output_size),
        c,
        seenOnce,
      );
    });
  });
});

import { torchManualSeed, torchUniform } from '@/lib/random/torchUniform';
import type { Mt19937 } from '@/lib/random/mt19937';
import { calculateGain, fanInAndFanOut } from './calculateGain';
import { checkGroups } from '../conv/convModule';
import { attempt, type PyFailure } from '../errors';

/** A layer's default initialisation, with every number the lesson explains. */
export interface DefaultInit {
  weightShape: number[];
  fanIn: number;
  fanOut: number;
  /** calculate_gain('leaky_relu', sqrt(5)) = sqrt(2 / 6) = 1/sqrt(3) */
  gain: number;
  /** gain / sqrt(fan_in); null when the weight has no elements (init is skipped) */
  weightStd: number | null;
  /** sqrt(3) * std, exactly as kaiming_uniform_ computes it (1/sqrt(fan_in) up to the last bit) */
  weightBound: number | null;
  /** 1 / sqrt(fan_in), or 0 when fan_in is 0 */
  biasBound: number;
  /** number of parameters */
  params: number;
  /** Python warnings raised while initialising */
  warnings: string[];
  /** row-major float32 values (widened) after the draws; empty when skipped */
  weight: number[];
  /** null without a bias, or (Conv2d with fan_in 0) when PyTorch leaves it uninitialised */
  bias: number[] | null;
}

const prod = (xs: readonly number[]) => xs.reduce((a, b) => a * b, 1);

/**
 * `reset_parameters` of nn.Linear and nn.Conv2d in PyTorch 1.13, drawing from
 * `rng`: kaiming_uniform_(weight, a=sqrt(5)) (skipped with a warning when the
 * weight has a zero dim), then bias ~ U(-1/sqrt(fan_in), 1/sqrt(fan_in)).
 * Linear uses bound 0 for fan_in 0; Conv2d leaves the bias alone then.
 */
export function defaultInit(
  weightShape: number[],
  biasSize: number | null,
  rng: Mt19937,
  conv: boolean,
): DefaultInit {
  const { fanIn, fanOut } = fanInAndFanOut(weightShape);
  const gain = calculateGain('leaky_relu', Math.sqrt(5));
  const warnings: string[] = [];
  let weightStd: number | null = null;
  let weightBound: number | null = null;
  let weight: number[] = [];
  if (weightShape.includes(0)) {
    warnings.push('UserWarning: Initializing zero-element tensors is a no-op');
  } else {
    weightStd = gain / Math.sqrt(fanIn);
    weightBound = Math.sqrt(3.0) * weightStd;
    weight = torchUniform(rng, prod(weightShape), -weightBound, weightBound);
  }
  const biasBound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
  let bias: number[] | null = null;
  if (biasSize !== null && !(conv && fanIn === 0))
    bias = torchUniform(rng, biasSize, -biasBound, biasBound);
  const params = prod(weightShape) + (biasSize ?? 0);
  return {
    weightShape,
    fanIn,
    fanOut,
    gain,
    weightStd,
    weightBound,
    biasBound,
    params,
    warnings,
    weight,
    bias,
  };
}

/** `torch.manual_seed(seed); nn.Linear(in_features, out_features, bias)`: weight (out, in). */
export function linearDefaultInit(
  inFeatures: number,
  outFeatures: number,
  options: { bias?: boolean; seed?: number; rng?: Mt19937 } = {},
): DefaultInit {
  const rng = options.rng ?? torchManualSeed(options.seed ?? 0);
  return defaultInit(
    [outFeatures, inFeatures],
    options.bias === false ? null : outFeatures,
    rng,
    false,
  );
}

/**
 * `torch.manual_seed(seed); nn.Conv2d(in, out, kernel_size, groups=g, bias)`:
 * weight (out, in / g, kH, kW), so fan_in = in / g * kH * kW and fan_out = out * kH * kW.
 * Construction errors are _ConvNd's ValueErrors.
 */
export function conv2dDefaultInit(
  inChannels: number,
  outChannels: number,
  kernelSize: number | readonly [number, number],
  options: { groups?: number; bias?: boolean; seed?: number; rng?: Mt19937 } = {},
): DefaultInit | PyFailure {
  const groups = options.groups ?? 1;
  const groupCheck = attempt(() => checkGroups(inChannels, outChannels, groups));
  if (!groupCheck.ok) return groupCheck;
  const [kh, kw] = typeof kernelSize === 'number' ? [kernelSize, kernelSize] : kernelSize;
  const rng = options.rng ?? torchManualSeed(options.seed ?? 0);
  return defaultInit(
    [outChannels, inChannels / groups, kh, kw],
    options.bias === false ? null : outChannels,
    rng,
    true,
  );
}

import {
  checkGroups,
  checkShapeForwardCommon,
  forwardError,
  convParameters,
  isEmptyBackend,
  recordOutcome,
  type ConvGeometry,
  type ConvShapeResult,
} from './convModule';
import { formatDims } from '../formatShape';
import {
  formatPySet,
  pair,
  pyRepr,
  samePadding,
  type IntOrPair,
  type PaddingArg,
} from './normalizeArgs';
import { PADDING_MODES, padShape, type PaddingMode } from './padInput';
import { PyError, type TorchWarning } from '../errors';

/** Keyword arguments of `nn.Conv2d` (PyTorch defaults when absent). */
export interface Conv2dConfig {
  inChannels: number;
  outChannels: number;
  kernelSize: IntOrPair;
  stride?: IntOrPair;
  padding?: PaddingArg;
  dilation?: IntOrPair;
  groups?: number;
  bias?: boolean;
  paddingMode?: string;
}

/** A constructed `nn.Conv2d`: normalised arguments and parameters. */
export interface Conv2dModule extends ConvGeometry {
  padding: [number, number] | 'same' | 'valid';
  paddingMode: PaddingMode;
  /** `[left, right, top, bottom]` padding the layer applies (`_reversed_padding_repeated_twice`). */
  paddingLRTB: [number, number, number, number];
}

export const SAME_EVEN_KERNEL_WARNING =
  "UserWarning: Using padding='same' with even kernel lengths and odd dilation may require a zero-padded copy of the input be created";

/** `nn.Conv2d(...)`: PyTorch 1.13's construction checks (torch/nn/modules/conv.py `_ConvNd`). */
export function constructConv2d(config: Conv2dConfig): Conv2dModule {
  const { inChannels, outChannels } = config;
  const kernel = pair(config.kernelSize);
  const stride = pair(config.stride ?? 1);
  const dilation = pair(config.dilation ?? 1);
  const groups = config.groups ?? 1;
  const rawPadding = config.padding ?? 0;
  const paddingMode = config.paddingMode ?? 'zeros';
  checkGroups(inChannels, outChannels, groups);
  if (typeof rawPadding === 'string') {
    if (rawPadding !== 'same' && rawPadding !== 'valid') {
      throw new PyError(
        'ValueError',
        `Invalid padding string ${pyRepr(rawPadding)}, should be one of ${formatPySet(['same', 'valid'])}`,
      );
    }
    if (rawPadding === 'same' && stride.some((s) => s !== 1)) {
      throw new PyError('ValueError', "padding='same' is not supported for strided convolutions");
    }
  }
  if (!(PADDING_MODES as readonly string[]).includes(paddingMode)) {
    throw new PyError(
      'ValueError',
      `padding_mode must be one of ${formatPySet(PADDING_MODES)}, but got padding_mode='${paddingMode}'`,
    );
  }
  const padding =
    typeof rawPadding === 'string' ? (rawPadding as 'same' | 'valid') : pair(rawPadding);
  let paddingLRTB: [number, number, number, number];
  if (padding === 'same') {
    const [top, bottom] = samePadding(kernel[0], dilation[0]);
    const [left, right] = samePadding(kernel[1], dilation[1]);
    paddingLRTB = [left, right, top, bottom];
  } else if (padding === 'valid') {
    paddingLRTB = [0, 0, 0, 0];
  } else {
    paddingLRTB = [padding[1], padding[1], padding[0], padding[0]];
  }
  const parameters = convParameters(
    outChannels,
    inChannels,
    groups,
    kernel,
    outChannels,
    config.bias ?? true,
  );
  return {
    ...parameters,
    inChannels,
    outChannels,
    kernel,
    stride,
    padding,
    dilation,
    groups,
    paddingMode: paddingMode as PaddingMode,
    paddingLRTB,
  };
}

/**
 * Output shape of `conv(torch.zeros(inputShape))`, following `Conv2d._conv_forward`, ATen
 * `conv2d` / `convolution_same` / `check_shape_forward` and the CPU backend checks:
 * `H_out = floor((H + 2p − d(k − 1) − 1) / s) + 1`. Throws the PyError of the forward call;
 * warnings raised on the way (even before an error) are pushed onto `warnings`.
 */
export function conv2dForwardShape(
  m: Conv2dModule,
  inputShape: readonly number[],
  warnings: TorchWarning[] = [],
): number[] {
  const fail = forwardError;
  let shape = [...inputShape];
  let padding: [number, number];
  if (m.paddingMode !== 'zeros') {
    shape = padShape(shape, m.paddingLRTB, m.paddingMode);
    padding = [0, 0];
  } else {
    const [l, r, t, b] = m.paddingLRTB;
    padding = [t, l];
    if (shape.length === 3 || shape.length === 4) {
      // convolution_same pads the odd extra pixel itself, then convolves with the left padding
      if (l !== r || t !== b) {
        warnings.push({ message: SAME_EVEN_KERNEL_WARNING, oncePerProcess: true });
        shape[shape.length - 2] += b - t;
        shape[shape.length - 1] += r - l;
      }
    }
  }
  if (shape.length !== 3 && shape.length !== 4) {
    fail(
      `Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: ${formatDims(shape)}`,
    );
  }
  const batched = shape.length === 4;
  const input = batched ? shape : [1, ...shape];
  const weight = m.weightShape;
  checkShapeForwardCommon(padding, [0, 0], m.stride, weight, m.groups);
  if (input[1] !== weight[1] * m.groups) {
    fail(
      `Given groups=${m.groups}, weight of size ${formatDims(weight)}, expected input${formatDims(input)} ` +
        `to have ${weight[1] * m.groups} channels, but got ${input[1]} channels instead`,
    );
  }
  const padded = [0, 1].map((i) => input[2 + i] + 2 * padding[i]);
  const dilatedKernel = [0, 1].map((i) => m.dilation[i] * (m.kernel[i] - 1) + 1);
  if (padded.some((p, i) => p < dilatedKernel[i])) {
    fail(
      `Calculated padded input size per channel: (${padded.join(' x ')}). ` +
        `Kernel size: (${dilatedKernel.join(' x ')}). Kernel size can't be greater than actual input size`,
    );
  }
  if (!isEmptyBackend(input)) {
    if (m.dilation.some((d) => d !== 1)) {
      if (m.kernel.some((k) => k <= 0)) fail('kernel size should be greater than zero');
      if (m.dilation.some((d) => d <= 0)) fail('dilation should be greater than zero');
    } else if (m.kernel.some((k) => k <= 0)) {
      fail(
        `kernel size should be greater than zero, but got kernel_height: ${m.kernel[0]} kernel_width: ${m.kernel[1]}`,
      );
    }
  }
  const out = [0, 1].map((i) => Math.floor((padded[i] - dilatedKernel[i]) / m.stride[i]) + 1);
  const outputShape = [input[0], m.outChannels, out[0], out[1]];
  return batched ? outputShape : outputShape.slice(1);
}

/** Multiply-accumulates per sample: `C_out · H_out · W_out · (C_in / g) · kH · kW`. */
export function conv2dMacs(m: Conv2dModule, outputShape: readonly number[]): number {
  const [hOut, wOut] = outputShape.slice(-2);
  return m.outChannels * hOut * wOut * (m.inChannels / m.groups) * m.kernel[0] * m.kernel[1];
}

/**
 * `nn.Conv2d(**config)(torch.zeros(inputShape))` in PyTorch 1.13: output shape, parameters,
 * MACs per sample, resolved string padding, warnings, or the error with its type, text and stage.
 */
export function conv2dShape(config: Conv2dConfig, inputShape: readonly number[]): ConvShapeResult {
  return recordOutcome(
    () => constructConv2d(config),
    (m, result) => {
      if (typeof m.padding === 'string') result.resolvedPaddingLRTB = m.paddingLRTB;
      const outputShape = conv2dForwardShape(m, inputShape, result.warnings);
      result.outputShape = outputShape;
      result.macsPerSample = conv2dMacs(m, outputShape);
    },
  );
}

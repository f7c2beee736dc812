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
import type { Conv2dConfig } from './conv2dShape';
import { formatDims, formatTorchSize } from '../formatShape';
import { pair, type IntOrPair } from './normalizeArgs';
import { PyError } from '../errors';

/**
 * Keyword arguments of `nn.ConvTranspose2d` (PyTorch defaults when absent). A string padding
 * is accepted at construction (`_pair('same')` is `('s','a','m','e')`) and fails at forward.
 */
export interface ConvTranspose2dConfig extends Conv2dConfig {
  outputPadding?: IntOrPair;
}

/** A constructed `nn.ConvTranspose2d`; a string padding is the tuple of its characters. */
export interface ConvTranspose2dModule extends ConvGeometry {
  padding: [number, number] | string;
  outputPadding: [number, number];
}

/** `nn.ConvTranspose2d(...)` in PyTorch 1.13: only 'zeros' padding mode, then `_ConvNd`'s checks. */
export function constructConvTranspose2d(config: ConvTranspose2dConfig): ConvTranspose2dModule {
  const { inChannels, outChannels } = config;
  if ((config.paddingMode ?? 'zeros') !== 'zeros') {
    throw new PyError('ValueError', 'Only "zeros" padding mode is supported for ConvTranspose2d');
  }
  const groups = config.groups ?? 1;
  checkGroups(inChannels, outChannels, groups);
  const kernel = pair(config.kernelSize);
  const padding = config.padding ?? 0;
  const parameters = convParameters(
    inChannels,
    outChannels,
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
    stride: pair(config.stride ?? 1),
    padding: typeof padding === 'string' ? padding : pair(padding),
    outputPadding: pair(config.outputPadding ?? 0),
    dilation: pair(config.dilation ?? 1),
    groups,
  };
}

/**
 * `_ConvTransposeNd._output_padding`: the output padding that makes `forward(x, output_size)`
 * produce the requested size, which must lie in `[min, min + stride − 1]` with
 * `min = (H − 1)s − 2p + d(k − 1) + 1`.
 */
export function outputPaddingFor(
  m: ConvTranspose2dModule,
  inputShape: readonly number[],
  outputSize: readonly number[],
): [number, number] {
  const rank = inputShape.length;
  const nonSpatial = rank === 4 ? 2 : 1;
  const size =
    outputSize.length === nonSpatial + 2 ? outputSize.slice(nonSpatial) : [...outputSize];
  if (size.length !== 2) {
    throw new PyError(
      'ValueError',
      `ConvTranspose2D: for ${rank}D input, output_size must have 2 or ${nonSpatial + 2} elements (got ${size.length})`,
    );
  }
  const mins: number[] = [];
  for (let d = 0; d < 2; d++) {
    const dim = d + nonSpatial;
    if (dim >= rank) {
      throw new PyError(
        'IndexError',
        `Dimension out of range (expected to be in range of [${-rank}, ${rank - 1}], but got ${dim})`,
      );
    }
    if (typeof m.padding === 'string') {
      throw new PyError('TypeError', "unsupported operand type(s) for -: 'int' and 'str'");
    }
    mins.push(
      (inputShape[dim] - 1) * m.stride[d] -
        2 * m.padding[d] +
        m.dilation[d] * (m.kernel[d] - 1) +
        1,
    );
  }
  const maxs = mins.map((v, d) => v + m.stride[d] - 1);
  if (size.some((s, d) => s < mins[d] || s > maxs[d])) {
    throw new PyError(
      'ValueError',
      `requested an output size of ${formatDims(size)}, but valid sizes range from ${formatDims(mins)} ` +
        `to ${formatDims(maxs)} (for an input of ${formatTorchSize(inputShape.slice(2))})`,
    );
  }
  return [size[0] - mins[0], size[1] - mins[1]];
}

/**
 * Output shape of `m(torch.zeros(inputShape), output_size)`: ATen `conv_transpose2d`,
 * `check_shape_forward` and `slow_conv_transpose2d_shape_check`;
 * `H_out = (H − 1)s − 2p + d(k − 1) + 1 + output_padding`.
 */
export function convTranspose2dForwardShape(
  m: ConvTranspose2dModule,
  inputShape: readonly number[],
  outputSize?: readonly number[],
): number[] {
  const fail = forwardError;
  const op = outputSize ? outputPaddingFor(m, inputShape, outputSize) : m.outputPadding;
  if (typeof m.padding === 'string') {
    throw new PyError(
      'TypeError',
      "conv_transpose2d(): argument 'padding' (position 5) must be tuple of ints, but found element of type str at pos 0",
    );
  }
  const padding = m.padding;
  const rank = inputShape.length;
  if (rank !== 3 && rank !== 4) {
    fail(
      `Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of size: ${formatDims(inputShape)}`,
    );
  }
  const input = rank === 4 ? [...inputShape] : [1, ...inputShape];
  const weight = m.weightShape;
  checkShapeForwardCommon(padding, op, m.stride, weight, m.groups);
  if (input[1] !== weight[0]) {
    fail(
      `Given transposed=1, weight of size ${formatDims(weight)}, expected input${formatDims(input)} ` +
        `to have ${weight[0]} channels, but got ${input[1]} channels instead`,
    );
  }
  const [kh, kw] = m.kernel;
  const [sh, sw] = m.stride;
  const [dh, dw] = m.dilation;
  const out = [0, 1].map(
    (i) =>
      (input[2 + i] - 1) * m.stride[i] -
      2 * padding[i] +
      m.dilation[i] * (m.kernel[i] - 1) +
      1 +
      op[i],
  );
  if (!isEmptyBackend(input)) {
    if (kh <= 0 || kw <= 0)
      fail(
        `kernel size should be greater than zero, but got kernel_height: ${kh} kernel_width: ${kw}`,
      );
    if (dh <= 0 || dw <= 0)
      fail(
        `dilation should be greater than zero, but got dilation_height: ${dh}, dilation_width: ${dw}`,
      );
    if (!((op[1] < sw || op[1] < dw) && (op[0] < sh || op[0] < dh))) {
      fail(
        `output padding must be smaller than either stride or dilation, but got output_padding_height: ${op[0]} ` +
          `output_padding_width: ${op[1]} stride_height: ${sh} stride_width: ${sw} dilation_height: ${dh} dilation_width: ${dw}`,
      );
    }
    const groupWeight = [weight[0] / m.groups, weight[1], kh, kw];
    if (groupWeight.includes(0))
      fail(`non-empty 2D or 4D weight tensor expected, but got: ${formatDims(groupWeight)}`);
    if (out[0] < 1 || out[1] < 1) {
      fail(
        `Given input size per channel: (${input[2]} x ${input[3]}). ` +
          `Calculated output size per channel: (${out[0]} x ${out[1]}). Output size is too small`,
      );
    }
  }
  const outputShape = [input[0], m.outChannels, out[0], out[1]];
  return rank === 4 ? outputShape : outputShape.slice(1);
}

/** Multiply-accumulates per sample: `C_in · (C_out / g) · kH · kW · H_in · W_in`. */
export function convTranspose2dMacs(
  m: ConvTranspose2dModule,
  inputShape: readonly number[],
): number {
  const [h, w] = inputShape.slice(-2);
  return m.inChannels * (m.outChannels / m.groups) * m.kernel[0] * m.kernel[1] * h * w;
}

/** `nn.ConvTranspose2d(**config)(torch.zeros(inputShape), output_size)` in PyTorch 1.13. */
export function convTranspose2dShape(
  config: ConvTranspose2dConfig,
  inputShape: readonly number[],
  outputSize?: readonly number[],
): ConvShapeResult {
  return recordOutcome(
    () => constructConvTranspose2d(config),
    (m, result) => {
      result.outputShape = convTranspose2dForwardShape(m, inputShape, outputSize);
      result.macsPerSample = convTranspose2dMacs(m, inputShape);
    },
  );
}
